import type { i18n as I18n } from "i18next";
import { itemNumbers } from "../../../domain/item-numbers";
import type { Report } from "../../../domain/report";
import { documentTitle, type ReportT } from "../report-labels";
import type { Blocks } from "./blocks";
import { change } from "./change";
import { comparison } from "./comparison";
import { cover } from "./cover";
import { guide } from "./guide";
import { items } from "./items";
import { perceptions } from "./perceptions";
import { actionPlan, annualClock } from "./plan";
import { sources } from "./sources";
import { strengths } from "./strengths";
import { suggestions } from "./suggestions";
import { summary } from "./summary";

export interface ReportDocument {
  title: string;
  subject: string;
  keywords: string;
  blocks: Blocks;
}

/** The report's text in the PDF's order and words. Pure: the texts come in, so tests build it in Node. */
export function reportDocument(report: Report, i18n: I18n): ReportDocument {
  const t: ReportT = i18n.getFixedT(report.language, ["report", "common"]);
  const tCommon = i18n.getFixedT(report.language);
  const numbers = itemNumbers(report.themes);
  return {
    title: documentTitle(report, t),
    subject: t("pdf.subject", { checklist: report.checklist.title }),
    keywords: t("pdf.keywords"),
    blocks: [
      ...cover(report, t),
      ...guide(report, t),
      ...summary(report, t),
      ...change(report, t, numbers),
      ...strengths(report, t, numbers),
      ...items(report, t, numbers),
      ...comparison(report, t, numbers),
      ...perceptions(report, t),
      ...suggestions(report, t, numbers),
      ...actionPlan(report, t, numbers),
      ...annualClock(report, t, tCommon),
      ...sources(report, t),
    ],
  };
}
