import { useTranslation } from "react-i18next";
import type { UnrankedTheme } from "../../domain/suggestions";
import { useAppStore } from "../../store/app-store";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";

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
