import { useId } from "react";
import { useTranslation } from "react-i18next";
import { themeProgress } from "../../domain/progress";
import { useAppStore } from "../../store/app-store";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";
import { ScoreCard } from "./score-card";
import type { Results } from "./use-results";

/** The heading and its explanation, and the cards once `results` are in (the loading view has none). */
export function SummaryCards({ results }: { results?: Results }) {
  const { t } = useTranslation("results");
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t("summary.heading")}</h2>
      <p>{t("summary.intro")}</p>
      {results && <Cards results={results} />}
    </section>
  );
}

function Cards({ results }: { results: Results }) {
  const { t } = useTranslation("results");
  const language = useAppStore((state) => state.language);
  const { score, targetScore, themes } = results;
  const leftOutThemes = score.leftOutThemeIds.flatMap((id) => {
    const theme = themes.get(id);
    return theme ? [theme.title[language]] : [];
  });
  return (
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
        // Once every item has an answer there is nothing left to answer, only to look over.
        const { answered, total } = themeProgress(theme, results.assessment.answers);
        const linkText = t(answered === total ? "card.reviewTheme" : "card.answerTheme");
        return (
          <ScoreCard
            key={theme.id}
            title={title}
            summary={themeScore}
            scope="theme"
            target={targetScore?.themes[index]}
            action={
              <Link to={paths.theme(theme.id)}>
                {linkText} <span className="visually-hidden">– {title}</span>
              </Link>
            }
          />
        );
      })}
    </div>
  );
}
