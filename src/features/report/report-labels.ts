import type { TFunction } from "i18next";
import type { Answer } from "../../domain/assessment";
import type { Level } from "../../domain/level";
import type { Language } from "../../domain/localized";
import { ACTION_STATUSES } from "../../domain/plan";
import type { Cell } from "../../domain/regional";
import type { Report, ReportSource, ReportSuggestion } from "../../domain/report";
import { isWhollyNotApplicable, type MaturityBand, type ScoreSummary } from "../../domain/scoring";
import { answerLabelKey } from "../../ui/answer-label";
import { formatLevel, formatPercent, formatScore } from "../../ui/format";

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
    scored: summary.scored,
    applicable: summary.applicable,
  });
}

/** An item's number by its id. */
export type ItemNumbers = ReadonlyMap<string, string>;

/** The report's name: in the PDF's title, on the cover and in every page header. */
export function documentTitle(report: Report, t: ReportT): string {
  const { municipality, year } = report.meta;
  return municipality.trim() === ""
    ? t("pdf.titleWithoutMunicipality", { year })
    : t("pdf.title", { municipality: municipality.trim(), year });
}

/** The suggestion's target level, marked when it is the default rather than the user's own. */
export function suggestionTargetLabel(suggestion: ReportSuggestion, t: ReportT): string {
  const level = levelLabel(t, suggestion.target);
  return suggestion.hasTarget ? level : t("pdf.suggestions.defaultTarget", { level });
}

/** "In the assessment N of M applicable items are scored …": the summary's sentences on coverage. */
export function coverageSentences(report: Report, t: ReportT): string {
  const { current } = report.overall;
  const notApplicable = current.total - current.applicable;
  const parts = [
    t("pdf.summary.coverage", {
      scored: current.scored,
      count: current.applicable,
      percent: formatPercent(current.coverage, report.language),
    }),
  ];
  if (notApplicable > 0) parts.push(t("pdf.summary.notApplicable", { count: notApplicable }));
  const leftOut = report.themes.filter((theme) => isWhollyNotApplicable(theme.score.current));
  if (leftOut.length > 0) {
    const themes = new Intl.ListFormat(report.language, { type: "conjunction" }).format(
      leftOut.map((theme) => theme.title),
    );
    parts.push(t("pdf.summary.leftOut", { count: leftOut.length, themes }));
  }
  if (current.isProvisional) parts.push(t("pdf.summary.provisional"));
  return parts.join(" ");
}

/** How many actions there are by status, then what the plan is for. */
export function actionPlanIntro(report: Report, t: ReportT): string {
  const { actions } = report;
  const statuses = ACTION_STATUSES.map((status) => ({
    status: t(`common:plan.actionStatus.${status}`),
    count: actions.filter((action) => action.status === status).length,
  }))
    .filter(({ count }) => count > 0)
    .map((entry) => t("pdf.plan.statusCount", entry))
    .join(", ");
  return `${t("pdf.plan.count", { count: actions.length, statuses })} ${t("pdf.plan.intro")}`;
}

/** One answer in the perceptions table: a level, "not applicable" or unanswered. */
export function perceptionCellLabel(t: ReportT, cell: Cell): string {
  if (cell.kind === "unanswered") return answerLabel(t, undefined);
  if (cell.kind === "notApplicable") return t("common:answer.notApplicable");
  return answerLabel(t, cell);
}

/** "Started (1)", or between two levels "1.5 (started – mostly in place)". */
export function medianLabel(t: ReportT, median: number, language: Report["language"]): string {
  if (Number.isInteger(median)) return levelLabel(t, median as 0 | 1 | 2 | 3);
  return t("pdf.perceptions.between", {
    value: formatLevel(median, language),
    low: t(`common:answer.level${Math.floor(median) as 0 | 1 | 2}`),
    high: t(`common:answer.level${Math.ceil(median) as 1 | 2 | 3}`),
  });
}

/** Why there are no suggestions: all answered items are at their targets, or nothing has been answered. */
export function noSuggestions(report: Report, t: ReportT): string {
  return t(report.overall.current.scored === 0 ? "pdf.suggestions.noneUnanswered" : "pdf.suggestions.none");
}

/** "Title. Publisher." in the list of sources, or "Title." for a source that names no publisher. */
export function sourceLabel(t: ReportT, { title, publisher }: ReportSource): string {
  return publisher === null
    ? t("pdf.sources.sourceTitleOnly", { title })
    : t("pdf.sources.source", { title, publisher });
}
