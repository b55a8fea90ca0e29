import { useTranslation } from "react-i18next";
import { isWhollyNotApplicable, type ScoreSummary } from "../domain/scoring";
import { useAppStore } from "../store/app-store";
import { formatPercent, formatScore } from "./format";

export interface ScoreText {
  /** A 0–100 score out of 100: "72 / 100". */
  outOf: (score: number) => string;
  /** A theme's or the overall score: out of 100, marked provisional, or "No score". */
  summary: (summary: ScoreSummary) => string;
  /** Share of the applicable items scored, with the counts: "88 % (14/16)"; "no applicable items" for none. */
  coverage: (summary: ScoreSummary) => string;
  /** What a dash in place of a missing score reads as. */
  none: string;
}

/** Score texts shared by the results and the comparison, so both write a score the same way. */
export function useScoreText(): ScoreText {
  const { t } = useTranslation("common");
  const language = useAppStore((state) => state.language);
  const outOf = (score: number) => t("score.outOf", { score: formatScore(score, language) });
  return {
    outOf,
    summary: (summary) => {
      const { score, isProvisional } = summary;
      // Says why a theme has no score where the overall score leaves it out.
      if (score === null) return isWhollyNotApplicable(summary) ? t("score.notApplicable") : t("score.none");
      return isProvisional ? t("score.provisional", { score: formatScore(score, language) }) : outOf(score);
    },
    coverage: (summary) =>
      // 0 of 0 is no share at all: say so rather than "100 % (0/0)".
      isWhollyNotApplicable(summary)
        ? t("score.noApplicable")
        : t("score.coverage", {
            percent: formatPercent(summary.coverage, language),
            scored: summary.scored,
            applicable: summary.applicable,
          }),
    none: t("score.none"),
  };
}
