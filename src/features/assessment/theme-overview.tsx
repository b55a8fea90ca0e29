import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Theme } from "../../domain/checklist";
import type { Language } from "../../domain/localized";
import { checklistProgress, type Progress, themeProgress } from "../../domain/progress";
import { useAppStore } from "../../store/app-store";
import { useActiveChecklist } from "../../store/checklists";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";
import { ProgressMeter } from "./progress-meter";

const NO_ANSWERS = {};

function ThemeCard({ theme, language, progress }: { theme: Theme; language: Language; progress: Progress }) {
  const titleId = useId();
  return (
    <li className="panel theme-card">
      <h3>
        <Link to={paths.theme(theme.id)} id={titleId}>
          {theme.title[language]}
        </Link>
      </h3>
      <p>{theme.description[language]}</p>
      <ProgressMeter {...progress} labelledBy={titleId} />
    </li>
  );
}

/** Each theme with how far it has been answered, and the way into it. */
export function ThemeOverview() {
  const { t } = useTranslation("assessment");
  const language = useAppStore((state) => state.language);
  const answers = useAppStore((state) => state.assessment?.answers ?? NO_ANSWERS);
  const checklist = useActiveChecklist();
  const headingId = useId();
  const overallId = useId();
  if (!checklist) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t("details.themesHeading")}</h2>
      <p>{t("details.themesIntro")}</p>
      <ol className="theme-list">
        {checklist.themes.map((theme) => (
          <ThemeCard
            key={theme.id}
            theme={theme}
            language={language}
            progress={themeProgress(theme, answers)}
          />
        ))}
      </ol>
      <div className="panel">
        <h3 id={overallId}>{t("details.overall")}</h3>
        <ProgressMeter {...checklistProgress(checklist, answers)} labelledBy={overallId} />
        <p>
          <Link to={paths.results}>{t("details.results")}</Link>
        </p>
      </div>
    </section>
  );
}
