import type { i18n as I18n } from "i18next";
import { useCallback, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Assessment } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import type { Example } from "../../domain/example-file";
import type { HistoryYear } from "../../domain/history";
import type { Language } from "../../domain/localized";
import type { PracticeCard } from "../../domain/practice";
import { buildReport, type Report, type ReportInput, reportFileName } from "../../domain/report";
import { loadLanguage } from "../../i18n/i18n";
import { fetchReportFonts } from "./pdf/font-files";
import { REPORT_MEASURE } from "./report-measure";
import { useFileCreation } from "./use-file-creation";

export interface ReportChoices {
  language: Language;
  example: Example | undefined;
  includeNotes: boolean;
  since: HistoryYear | undefined;
}

const loadPdfCode = () => import("./pdf/create-report-pdf");
// The Word code is asked for far less often than the PDF, so it is not warmed up: it loads on the click.
const loadDocxCode = () => import("./docx/create-report-docx");

/** Runs `task` once the page is idle (after a moment where the browser has no idle callback); returns a cancel. */
function afterIdle(task: () => void): () => void {
  if (typeof requestIdleCallback !== "function") {
    const timer = setTimeout(task, 200);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(task, { timeout: 2000 });
  return () => cancelIdleCallback(handle);
}

/** The PDF code, the fonts and the report language's texts, all fetched at once. */
async function loadPdfMaking(language: Language) {
  const [code, fonts] = await Promise.all([loadPdfCode(), fetchReportFonts(), loadLanguage(language)]);
  return { code, fonts };
}

/**
 * Once the report page is idle, fetches the PDF code and the fonts and makes, unseen, the report the form
 * would make now (`sample`, when its options have loaded): a first report otherwise spent half its time
 * compiling jsPDF's and the layout's code and running it unoptimised, and whoever opens this page is about
 * to make one. A failure is left to the report itself, which shows it with a retry.
 */
function usePdfCodeWarmed(sample: () => Report | undefined, i18n: I18n): void {
  const latest = useRef(sample);
  latest.current = sample;
  useEffect(() => {
    let cancelWarmUp = () => {};
    const cancelLoad = afterIdle(() => {
      const report = latest.current();
      void loadPdfMaking(report?.language ?? "fi")
        .then(({ code, fonts }) => {
          const warmUp = () => {
            const current = latest.current();
            // The form's options are still loading: try at the next idle moment.
            if (!current) {
              cancelWarmUp = afterIdle(warmUp);
              return;
            }
            try {
              code.warmUpPdf(current, i18n, fonts);
            } catch {
              // The report itself will meet the same problem and say so.
            }
          };
          cancelWarmUp = afterIdle(warmUp);
        })
        .catch(() => {});
    });
    return () => {
      cancelLoad();
      cancelWarmUp();
    };
  }, [i18n]);
}

/**
 * Builds the report from the same domain results the screens show and hands it to the PDF code, which
 * loads, with jsPDF and the fonts, when the report page is idle (or at the latest now), or to the Word
 * code, which loads only when the Word file is asked for.
 */
export function useCreateReport(
  checklist: Checklist,
  assessment: Assessment,
  practices: readonly PracticeCard[],
  perceptions: ReportInput["perceptions"],
  /** What the form would ask for now; undefined while its options load. */
  current: ReportChoices | undefined,
) {
  const { i18n } = useTranslation();
  const { status, run } = useFileCreation();
  const reportOf = useCallback(
    (choices: ReportChoices) =>
      buildReport({ checklist, assessment, practices, perceptions, generatedAt: new Date(), ...choices }),
    [checklist, assessment, practices, perceptions],
  );
  usePdfCodeWarmed(() => current && reportOf(current), i18n);
  const fileNameOf = useCallback(
    (report: Report, extension: "pdf" | "docx") =>
      reportFileName(report, i18n.getFixedT(report.language, "report")("page.fileWord"), extension),
    [i18n],
  );
  const createPdf = useCallback(
    (choices: ReportChoices) =>
      run(async () => {
        const report = reportOf(choices);
        const { code, fonts } = await loadPdfMaking(choices.language);
        return { blob: code.createReportPdf(report, i18n, fonts), fileName: fileNameOf(report, "pdf") };
      }, REPORT_MEASURE),
    [reportOf, fileNameOf, i18n, run],
  );
  const createDocx = useCallback(
    (choices: ReportChoices) =>
      run(async () => {
        const report = reportOf(choices);
        const [{ createReportDocx }] = await Promise.all([loadDocxCode(), loadLanguage(choices.language)]);
        return { blob: await createReportDocx(report, i18n), fileName: fileNameOf(report, "docx") };
      }),
    [reportOf, fileNameOf, i18n, run],
  );
  return { status, createPdf, createDocx };
}
