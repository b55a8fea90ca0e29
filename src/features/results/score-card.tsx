import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import type { ScoreSummary } from "../../domain/scoring";
import { useAppStore } from "../../store/app-store";
import { formatPercent, formatScore } from "../../ui/format";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";
import { useScoreText } from "../../ui/score-text";

interface ScoreCardProps {
  title: string;
  summary: ScoreSummary;
  /** The overall score needs every theme scored, a theme needs one answer: the missing-score text differs. */
  scope: "overall" | "theme";
  /** A further link under the method link, e.g. to the theme's questions. */
  action?: ReactNode;
  /** The score with every target reached; absent while no target is set. */
  target?: ScoreSummary;
  /** Titles of the themes the overall score leaves out because nothing in them applies. */
  leftOutThemes?: readonly string[];
}

function useMissingScoreText(summary: ScoreSummary, scope: ScoreCardProps["scope"]): string {
  const { t } = useTranslation("results");
  if (scope === "overall") return t("card.notYetOverall");
  return summary.applicable === 0 ? t("card.allNotApplicable") : t("card.notYetTheme");
}

export function ScoreCard({ title, summary, scope, action, target, leftOutThemes = [] }: ScoreCardProps) {
  const { t } = useTranslation("results");
  const { t: tCommon } = useTranslation("common");
  const language = useAppStore((state) => state.language);
  const headingId = useId();
  const scoreText = useScoreText();
  const missingText = useMissingScoreText(summary, scope);
  const notApplicable = summary.total - summary.applicable;
  return (
    <article className={`score-card score-card-${scope}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {summary.score === null ? (
        <p className="score-card-missing">{missingText}</p>
      ) : (
        <>
          <p className="score-card-value">
            <span className="score-card-number">{scoreText.outOf(summary.score)}</span>
            {summary.isProvisional && <span className="badge-provisional">{t("card.provisional")}</span>}
          </p>
          {/* The number above carries the meaning; the bar only repeats it for a quick glance. */}
          <div className="score-bar" aria-hidden="true">
            <div className="score-bar-fill" style={{ width: `${summary.score}%` }} />
          </div>
          {summary.band && (
            <p className="score-card-band">{t("card.band", { band: tCommon(`band.${summary.band}`) })}</p>
          )}
        </>
      )}
      {target?.score != null && (
        <p className="score-card-target">
          {t("card.target", { score: formatScore(target.score, language) })}
          {target.band && ` (${tCommon(`band.${target.band}`)})`}
        </p>
      )}
      {summary.applicable > 0 && (
        <p className="score-card-coverage">
          {t("card.coverage", {
            count: summary.applicable,
            scored: summary.scored,
            percent: formatPercent(summary.coverage, language),
          })}
        </p>
      )}
      {summary.isProvisional && (
        <p className="score-card-note">
          {scope === "overall" ? t("card.provisionalOverall") : t("card.provisionalTheme")}
        </p>
      )}
      {leftOutThemes.length > 0 && (
        <p className="score-card-note">
          {t("card.leftOut", {
            count: leftOutThemes.length,
            themes: new Intl.ListFormat(language, { type: "conjunction" }).format(leftOutThemes),
          })}
        </p>
      )}
      {notApplicable > 0 && (
        <p className="score-card-note">{t("card.notApplicable", { count: notApplicable })}</p>
      )}
      <ul className="score-card-links">
        <li>
          <Link to={paths.method}>
            {t("card.howCalculated")}{" "}
            {/* Four cards share the link text; the hidden title tells them apart in a links list. */}
            <span className="visually-hidden">– {title}</span>
          </Link>
        </li>
        {action && <li>{action}</li>}
      </ul>
    </article>
  );
}
