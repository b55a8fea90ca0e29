import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import type { Language } from "../../src/domain/localized";
import { scoreAssessment } from "../../src/domain/scoring";
import { reportFixture } from "../../src/features/report/report-fixture";
import { formatScore } from "../../src/ui/format";
import { readPdf } from "../pdf-text";
import { ReportPage } from "./pages/report-page";
import { expectNoViolations } from "./support/axe";
import { checklist, persistedState } from "./support/checklist";
import { seedStorage } from "./support/storage";
import { texts } from "./support/texts";

test.describe.configure({ mode: "parallel" });

const assessment = reportFixture(checklist);
const score = scoreAssessment(checklist, assessment.answers);

for (const language of ["fi", "sv"] as const satisfies readonly Language[]) {
  test(`the report as a page has the PDF's figures, passes axe and prints only the report (${language})`, async ({
    context,
    page,
  }, testInfo) => {
    const t = texts(language);
    await seedStorage(context, persistedState(assessment, language));
    const report = new ReportPage(page, language);
    await report.goto();
    // The PDF with the page's default options, to set beside the page.
    const [download] = await Promise.all([page.waitForEvent("download"), report.createButton.click()]);
    const pdf = await readPdf(new Uint8Array(await readFile(await download.path())));

    await report.viewLink.click();
    const title = t("report:pdf.title", {
      municipality: "Kimitoön – Kemiönsaari",
      year: assessment.meta.year,
    });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
    await expectNoViolations(page, `report view (${language})`);

    // Theme by theme, the page's "now" scores are the domain's, and the PDF prints the same ones.
    const [header, ...rows] = await report.viewTable(t("report:pdf.summary.tableHeading"));
    expect(header?.[1]).toBe(t("report:pdf.summary.now"));
    const themeRows = rows.slice(0, checklist.themes.length);
    expect(themeRows.map((row) => row[0])).toEqual(checklist.themes.map((theme) => theme.title[language]));
    themeRows.forEach((row, index) => {
      const theme = score.themes[index];
      if (!theme?.score) throw new Error("the fixture scores every theme");
      const shown = t("report:pdf.score.value", { score: formatScore(theme.score, language) });
      expect(row[1]).toBe(shown);
      expect(pdf.text).toContain(shown);
    });
    const overall = `${t("report:pdf.summary.overall")}: ${Math.round(score.overall.score ?? -1)} / 100`;
    await expect(report.main).toContainText(overall);
    expect(pdf.text).toContain(
      `${t("report:pdf.summary.overall")} ${Math.round(score.overall.score ?? -1)} / 100`,
    );
    for (const heading of [t("report:pdf.plan.title"), t("report:pdf.sources.title")]) {
      await expect(page.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
      expect(pdf.text).toContain(heading);
    }

    // Printed, the page is the report alone: no header, navigation, footer or buttons.
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".site-header")).toBeHidden();
    await expect(page.locator(".site-footer")).toBeHidden();
    await expect(report.printButton).toBeHidden();
    await page.screenshot({ path: testInfo.outputPath(`report-view-print-${language}.png`), fullPage: true });
    // Chromium's own "Save as PDF", tagged as printing from Chromium or Edge is.
    const printed = await page.pdf({
      tagged: true,
      format: "A4",
      path: testInfo.outputPath(`printed-${language}.pdf`),
    });
    expect(printed.toString("latin1")).toContain("/StructTreeRoot");
    const printedText = (await readPdf(new Uint8Array(printed))).text;
    expect(printedText).toContain(title);
    expect(printedText).not.toContain(t("common:footer.privacyLink"));
    expect(printedText).not.toContain(t("report:view.print"));
  });
}
