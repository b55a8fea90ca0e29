import { useTranslation } from "react-i18next";
import type { Answer } from "../../domain/assessment";
import type { Checklist, Theme } from "../../domain/checklist";
import { useAppStore } from "../../store/app-store";
import { answerFor } from "../../ui/answer-label";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";

interface UnrankedTheme {
  theme: Theme;
  count: number;
}

/** Unanswered and "don't know" items have no level, so no gap to rank: they wait for an answer. */
export function unrankedByTheme(
  checklist: Checklist,
  answers: Readonly<Record<string, Answer>>,
): UnrankedTheme[] {
  return checklist.themes
    .map((theme) => ({
      theme,
      count: theme.items.filter((item) => {
        const answer = answerFor(answers, item.id);
        return answer === undefined || answer.kind === "dontKnow";
      }).length,
    }))
    .filter((entry) => entry.count > 0);
}

export function UnrankedNote({ unranked }: { unranked: readonly UnrankedTheme[] }) {
  const { t } = useTranslation("plan");
  const { t: tCommon } = useTranslation();
  const language = useAppStore((state) => state.language);
  if (unranked.length === 0) return null;
  const total = unranked.reduce((sum, entry) => sum + entry.count, 0);
  return (
    <div className="plan-unranked">
      <p>{t("unranked.body", { count: total, dontKnow: tCommon("answer.dontKnow") })}</p>
      <ul>
        {unranked.map(({ theme, count }) => (
          <li key={theme.id}>
            <Link to={paths.theme(theme.id)}>
              {t("unranked.theme", { theme: theme.title[language], count })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
