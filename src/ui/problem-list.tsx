import { useTranslation } from "react-i18next";
import type { Problem } from "../domain/problems";

const SHOWN = 10;

/** Lists a file's problems in the user's language, each with where it is in the file. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const { t } = useTranslation();
  const hidden = problems.length - SHOWN;
  return (
    <ul className="problem-list">
      {problems.slice(0, SHOWN).map((problem, index) => {
        const message = t(`problem.${problem.code}`, { detail: problem.detail ?? "" });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: problems are a fixed list with possible repeats
          <li key={index}>
            {problem.path === ""
              ? t("problem.file", { message })
              : t("problem.atPath", { path: problem.path, message })}
          </li>
        );
      })}
      {hidden > 0 && <li>{t("problem.more", { count: hidden })}</li>}
    </ul>
  );
}
