// @vitest-environment node
import { beforeAll, describe, expect, it } from "vitest";
import { bundledRegistry } from "../../../../tests/bundled-checklists";
import { type PdfContents, readPdf } from "../../../../tests/pdf-text";
import type { Checklist } from "../../../domain/checklist";
import { generateAssessments } from "../../../domain/generate-assessments";
import type { Language } from "../../../domain/localized";
import { buildRegionalReport, type RegionalReport } from "../../../domain/regional-report";
import { formatScore } from "../../../ui/format";
import { expectLaidOutInsideTheMargins, pdfFonts, pdfI18n } from "./pdf-test-setup";
import { REGIONAL_ROWS_SHOWN, renderRegionalSummary } from "./regional-summary";

const [checklist] = bundledRegistry.checklists as [Checklist];

function reportOf(count: number, language: Language): RegionalReport {
  const report = buildRegionalReport({
    name: "Varsinais-Suomi 2026",
    members: generateAssessments(checklist, count, 10),
    checklists: bundledRegistry.checklists,
    language,
    generatedAt: new Date(2026, 11, 2, 9),
  });
  if (!report) throw new Error("the shipped checklist is there");
  return report;
}

async function pdfOf(report: RegionalReport): Promise<PdfContents> {
  const doc = renderRegionalSummary(report, pdfI18n, pdfFonts);
  return readPdf(new Uint8Array(doc.output("arraybuffer")));
}

describe("the regional summary of 27 assessments, in Finnish", () => {
  const report = reportOf(27, "fi");
  let pdf: PdfContents;
  beforeAll(async () => {
    pdf = await pdfOf(report);
  });

  it("is one page with the title and language in its metadata", () => {
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.info.Title).toBe("Alueellinen yhteenveto: Varsinais-Suomi 2026");
    expect(pdf.info.Language).toBe("fi");
    expectLaidOutInsideTheMargins(pdf);
  });

  it("lists every member with its overall score, as the regional functions compute it", () => {
    expect(report.rows).toHaveLength(27);
    const roles = { municipality: "", association: " (yhdistys)", workshop: " (työpaja)" };
    for (const row of report.rows) {
      const overall = row.overall.score === null ? "–" : formatScore(row.overall.score, "fi");
      // The generated years differ, so each name carries its year.
      expect(pdf.text).toContain(`${row.name} ${row.year}${roles[row.role]} ${overall} `);
    }
    expect(pdf.text).not.toContain("ensimmäistä aakkosjärjestyksessä");
  });

  it("gives the theme distributions with median and quartiles", () => {
    const [first] = report.themes;
    const q = first?.distribution.quartiles;
    if (!first || !q) throw new Error("27 members give a median");
    const f = (value: number) => formatScore(value, "fi");
    expect(pdf.text).toContain(
      `1. ${first.title} ${first.distribution.n} ${f(q.median)} ${f(q.q1)}–${f(q.q3)} ${f(q.min)}–${f(q.max)}`,
    );
  });

  it("names the weakest items with who has them in place", () => {
    expect(report.weakest).toHaveLength(5);
    expect(pdf.text).toContain("Alueen heikoimmat kohdat ja keneltä kysyä");
    for (const item of report.weakest) expect(pdf.text).toContain(item.number);
    const named = report.weakest.find((item) => item.full.length > 0);
    const first = named?.full[0];
    expect(first && pdf.text.includes(`${first.name} ${first.year}`)).toBe(true);
  });
});

describe("the regional summary", () => {
  it("stays one page at 308 members: the table lists the first rows and says how many more", async () => {
    const report = reportOf(308, "fi");
    const pdf = await pdfOf(report);
    expect(pdf.pages).toHaveLength(1);
    const more = 308 - REGIONAL_ROWS_SHOWN;
    expect(pdf.text).toContain(
      `Taulukossa on ${REGIONAL_ROWS_SHOWN} ensimmäistä aakkosjärjestyksessä; ${more} muuta on työpajan taulukossa ja CSV-tiedostossa.`,
    );
    const last = report.rows[REGIONAL_ROWS_SHOWN - 1];
    expect(pdf.text).toContain(`${last?.name} ${last?.year}`);
    expectLaidOutInsideTheMargins(pdf);
  });

  it("is in Swedish with Swedish names, and in English with no key showing", async () => {
    const sv = await pdfOf(reportOf(27, "sv"));
    expect(sv.pages).toHaveLength(1);
    expect(sv.info.Language).toBe("sv-FI");
    expect(sv.text).toContain("Regional sammanfattning: Varsinais-Suomi 2026");
    expect(sv.text).toContain("Temanas fördelningar");
    const en = await pdfOf(reportOf(27, "en"));
    expect(en.pages).toHaveLength(1);
    expect(en.text).toContain("The region's weakest items and whom to ask");
    expect(en.text).not.toMatch(/\b(pdf|common)[.:][a-zA-Z]+\./);
  });

  it("shows no regional figure for two members", async () => {
    const pdf = await pdfOf(reportOf(2, "fi"));
    expect(pdf.text).toContain("Alle kolmen arvioinnin alueellisia lukuja ei näytetä");
    expect(pdf.text).toContain("Heikoimpia kohtia ei näytetä, koska arviointeja on alle kolme.");
    expect(pdf.text).toContain("alle 3");
  });
});
