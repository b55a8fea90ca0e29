import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { Assessment } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import type { Example } from "../../domain/example-file";
import type { Language } from "../../domain/localized";
import type { PracticeCard } from "../../domain/practice";
import { buildReport, type ReportInput, reportFileName } from "../../domain/report";
import { fetchReportFonts } from "./pdf/font-files";
import { REPORT_MEASURE } from "./report-measure";
import { usePdfCreation } from "./use-pdf-creation";

export interface ReportChoices {
  language: Language;
  example: Example | undefined;
  includeNotes: boolean;
}

/**
 * Builds the report from the same domain results the screens show and hands it to the PDF code, which
 * loads, with jsPDF and the fonts, only now.
 */
export function useCreateReport(
  checklist: Checklist,
  assessment: Assessment,
  practices: readonly PracticeCard[],
  perceptions?: ReportInput["perceptions"],
) {
  const { i18n } = useTranslation();
  const { status, run } = usePdfCreation();
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
        // The fonts download while the PDF code does.
        const [{ createReportPdf }, fonts] = await Promise.all([
          import("./pdf/create-report-pdf"),
          fetchReportFonts(),
        ]);
        const blob = createReportPdf(report, i18n, fonts);
        const fileName = reportFileName(report, i18n.getFixedT(choices.language, "report")("page.fileWord"));
        return { blob, fileName };
      }, REPORT_MEASURE),
    [checklist, assessment, practices, perceptions, i18n, run],
  );
  return { status, create };
}
