import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore } from "../../store/app-store";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";
import { ScoreCard } from "./score-card";
import type { Results } from "./use-results";

export function SummaryCards({ results }: { results: Results }) {
  const { t } = useTranslation("results");
  const language = useAppStore((state) => state.language);
  const headingId = useId();
  const { score, targetScore, themes } = results;
  const leftOutThemes = score.leftOutThemeIds.flatMap((id) => {
    const theme = themes.get(id);
    return theme ? [theme.title[language]] : [];
  });
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t("summary.heading")}</h2>
      <p>{t("summary.intro")}</p>
      <div className="score-cards">
        <ScoreCard
          title={t("card.overallTitle")}
          summary={score.overall}
          scope="overall"
          target={targetScore?.overall}
          leftOutThemes={leftOutThemes}
        />
        {score.themes.map((themeScore, index) => {
          const theme = themes.get(themeScore.themeId);
          if (!theme) return null;
          const title = theme.title[language];
          return (
            <ScoreCard
              key={theme.id}
              title={title}
              summary={themeScore}
              scope="theme"
              target={targetScore?.themes[index]}
              action={
                <Link to={paths.theme(theme.id)}>
                  {t("card.answerTheme")} <span className="visually-hidden">– {title}</span>
                </Link>
              }
            />
          );
        })}
      </div>
    </section>
  );
}
