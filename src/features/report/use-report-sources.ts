import type { Assessment } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import type { HistoryYear } from "../../domain/history";
import type { Language } from "../../domain/localized";
import { useExamples } from "../../store/examples";
import { useHistory } from "../../store/history";
import type { ReportOptionValues } from "./report-options";
import type { ReportChoices } from "./use-create-report";
import { useReportPerceptions } from "./use-report-perceptions";

/** What a report of the open assessment can draw on: examples and practices, associations, earlier years. */
export function useReportSources(checklist: Checklist, assessment: Assessment) {
  const loaded = useExamples(checklist);
  const perceptions = useReportPerceptions(assessment);
  const history = useHistory();
  const earlier: readonly HistoryYear[] =
    history?.years.filter((entry) => entry.year < assessment.meta.year) ?? [];
  return { loaded, perceptions, earlier };
}

export type ReportSources = ReturnType<typeof useReportSources>;

/** Until the user picks, a report follows the screen's language, the first example and the latest earlier year. */
export function reportValues(
  picked: Partial<ReportOptionValues>,
  uiLanguage: Language,
  { loaded, earlier }: ReportSources,
): ReportOptionValues {
  return {
    language: picked.language ?? uiLanguage,
    exampleId: picked.exampleId === undefined ? (loaded.examples[0]?.profile.id ?? null) : picked.exampleId,
    includeNotes: picked.includeNotes ?? true,
    sinceYear: picked.sinceYear === undefined ? (earlier.at(-1)?.year ?? null) : picked.sinceYear,
  };
}

/** The chosen example and earlier year themselves; an id or year that is no longer there leaves the part out. */
export function reportChoices(values: ReportOptionValues, { loaded, earlier }: ReportSources): ReportChoices {
  return {
    language: values.language,
    example: loaded.examples.find((candidate) => candidate.profile.id === values.exampleId),
    includeNotes: values.includeNotes,
    since: earlier.find((entry) => entry.year === values.sinceYear),
  };
}
