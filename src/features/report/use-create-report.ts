import { useCallback, useEffect } from "react";
import { useTranslation } from "react-i18next";
import type { Assessment } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import type { Example } from "../../domain/example-file";
import type { HistoryYear } from "../../domain/history";
import type { Language } from "../../domain/localized";
import type { PracticeCard } from "../../domain/practice";
import { buildReport, type ReportInput, reportFileName } from "../../domain/report";
import { loadLanguage } from "../../i18n/i18n";
import { fetchReportFonts } from "./pdf/font-files";
import { REPORT_MEASURE } from "./report-measure";
import { usePdfCreation } from "./use-pdf-creation";

export interface ReportChoices {
  language: Language;
  example: Example | undefined;
  includeNotes: boolean;
  since: HistoryYear | undefined;
}

const loadPdfCode = () => import("./pdf/create-report-pdf");

/** Runs `task` once the page is idle (after a moment where the browser has no idle callback); returns a cancel. */
function afterIdle(task: () => void): () => void {
  if (typeof requestIdleCallback !== "function") {
    const timer = setTimeout(task, 200);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(task, { timeout: 2000 });
  return () => cancelIdleCallback(handle);
}

/**
 * Fetches and compiles the PDF code and the fonts once the report page is idle, then makes a throwaway
 * document: on a first report these were most of its time (~125 ms of compiling jsPDF alone, then its code's
 * first runs), and whoever opens this page is about to make one. A failure is left to the report itself,
 * which shows it with a retry.
 */
function usePdfCodeWarmed(): void {
  useEffect(() => {
    let cancelWarmUp = () => {};
    const cancelLoad = afterIdle(() => {
      void Promise.all([loadPdfCode(), fetchReportFonts()])
        .then(([{ warmUpPdf }, fonts]) => {
          cancelWarmUp = afterIdle(() => {
            try {
              warmUpPdf(fonts);
            } catch {
              // The report itself will meet the same problem and say so.
            }
          });
        })
        .catch(() => {});
    });
    return () => {
      cancelLoad();
      cancelWarmUp();
    };
  }, []);
}

/**
 * Builds the report from the same domain results the screens show and hands it to the PDF code, which
 * loads, with jsPDF and the fonts, when the report page is idle (or at the latest now).
 */
export function useCreateReport(
  checklist: Checklist,
  assessment: Assessment,
  practices: readonly PracticeCard[],
  perceptions?: ReportInput["perceptions"],
) {
  const { i18n } = useTranslation();
  const { status, run } = usePdfCreation();
  usePdfCodeWarmed();
  const create = useCallback(
    (choices: ReportChoices) =>
      run(async () => {
        const report = buildReport({
          checklist,
          assessment,
          practices,
          perceptions,
          generatedAt: new Date(),
          ...choices,
        });
        // The fonts download while the PDF code does, and the report language's shared texts with them.
        const [{ createReportPdf }, fonts] = await Promise.all([
          loadPdfCode(),
          fetchReportFonts(),
          loadLanguage(choices.language),
        ]);
        const blob = createReportPdf(report, i18n, fonts);
        const fileName = reportFileName(report, i18n.getFixedT(choices.language, "report")("page.fileWord"));
        return { blob, fileName };
      }, REPORT_MEASURE),
    [checklist, assessment, practices, perceptions, i18n, run],
  );
  return { status, create };
}
