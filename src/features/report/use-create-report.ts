import { useCallback, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Assessment } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import type { Example } from "../../domain/example-file";
import type { Language } from "../../domain/localized";
import type { PracticeCard } from "../../domain/practice";
import { buildReport, reportFileName } from "../../domain/report";
import { downloadBlob } from "../../ui/download";
import { fetchReportFonts } from "./pdf/font-files";
import { REPORT_MEASURE } from "./report-measure";

export interface ReportChoices {
  language: Language;
  example: Example | undefined;
  includeNotes: boolean;
}

export type CreationStatus =
  | { kind: "idle" }
  | { kind: "working" }
  | { kind: "done"; fileName: string }
  | { kind: "failed" };

/**
 * Builds the report from the same domain results the screens show and hands it to the PDF code, which
 * loads, with jsPDF and the fonts, only now.
 */
export function useCreateReport(
  checklist: Checklist,
  assessment: Assessment,
  practices: readonly PracticeCard[],
) {
  const { i18n } = useTranslation();
  const [status, setStatus] = useState<CreationStatus>({ kind: "idle" });
  const isWorking = useRef(false);
  const create = useCallback(
    async (choices: ReportChoices) => {
      if (isWorking.current) return;
      isWorking.current = true;
      const start = performance.now();
      setStatus({ kind: "working" });
      try {
        const report = buildReport({ checklist, assessment, practices, generatedAt: new Date(), ...choices });
        // The fonts download while the PDF code does.
        const [{ createReportPdf }, fonts] = await Promise.all([
          import("./pdf/create-report-pdf"),
          fetchReportFonts(),
        ]);
        const blob = createReportPdf(report, i18n, fonts);
        const fileName = reportFileName(report, i18n.getFixedT(choices.language, "report")("page.fileWord"));
        downloadBlob(fileName, blob);
        performance.measure(REPORT_MEASURE, { start });
        setStatus({ kind: "done", fileName });
      } catch (error) {
        // The user sees a message in their language; the details are for whoever opens the console.
        console.error(error);
        setStatus({ kind: "failed" });
      } finally {
        isWorking.current = false;
      }
    },
    [checklist, assessment, practices, i18n],
  );
  return { status, create };
}
