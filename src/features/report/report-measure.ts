/** The performance measure from pressing "Create PDF report" to the finished file; the bench reads it. */
export const REPORT_MEASURE = "kumppanuuspeili:report-pdf";
