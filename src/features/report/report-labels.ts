import type { TFunction } from "i18next";
import type { Answer } from "../../../domain/assessment";
import type { Level } from "../../../domain/level";
import type { Language } from "../../../domain/localized";
import { isWhollyNotApplicable, type MaturityBand, type ScoreSummary } from "../../../domain/scoring";
import { answerLabelKey } from "../../../ui/answer-label";
import { formatPercent, formatScore } from "../../../ui/format";

/** Texts in the report's language, which may differ from the screen's. */
export type ReportT = TFunction<["report", "common"]>;

export function answerLabel(t: ReportT, answer: Answer | undefined): string {
  const label = t(`common:${answerLabelKey(answer)}`);
  // The level's number as well, so the tables read without knowing the names' order.
  return answer?.kind === "level" ? `${label} (${answer.level})` : label;
}

export function levelLabel(t: ReportT, level: Level): string {
  return answerLabel(t, { kind: "level", level });
}

export function bandLabel(t: ReportT, band: MaturityBand | null): string {
  return band === null ? t("pdf.score.noBand") : t(`common:band.${band}`);
}

/** "45 / 100", "45 / 100 (provisional)", "no score" or, for a theme where nothing applies, "does not apply". */
export function scoreLabel(t: ReportT, summary: ScoreSummary, language: Language): string {
  if (summary.score === null)
    return t(isWhollyNotApplicable(summary) ? "pdf.score.notApplicable" : "pdf.score.none");
  const score = formatScore(summary.score, language);
  return summary.isProvisional ? t("pdf.score.provisional", { score }) : t("pdf.score.value", { score });
}

/** "75 % (3/4)", or "no applicable items" where 0 of 0 would read as 100 %. */
export function coverageLabel(t: ReportT, summary: ScoreSummary, language: Language): string {
  if (isWhollyNotApplicable(summary)) return t("pdf.score.noApplicable");
  return t("pdf.score.coverage", {
    percent: formatPercent(summary.coverage, language),
    answered: summary.answered,
    applicable: summary.applicable,
  });
}

/** An item's number by its id. */
export type ItemNumbers = ReadonlyMap<string, string>;
