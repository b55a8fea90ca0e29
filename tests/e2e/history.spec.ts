import { readFile, writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import type { Assessment } from "../../src/domain/assessment";
import { allItems } from "../../src/domain/checklist-lookup";
import type { Language } from "../../src/domain/localized";
import { STORED_FORMAT_VERSION } from "../../src/domain/stored-record";
import { koskiYears } from "../../src/features/history/history-fixture";
import { readPdf } from "../pdf-text";
import { HistoryPage } from "./pages/history-page";
import { ReportPage } from "./pages/report-page";
import { ResultsPage } from "./pages/results-page";
import { expectNoViolations } from "./support/axe";
import { checklist } from "./support/checklist";
import { seedDatabase } from "./support/storage";
import { texts } from "./support/texts";

test.describe.configure({ mode: "parallel" });

// 2025 every item "started" (33), 2026 "mostly in place" (67); the first item "don't know" in 2025, the second
// not applicable in 2026: overall 33 → 67 (+34), every other item rose one level.
const { y2025, y2026 } = koskiYears(checklist);
const items = allItems(checklist);
const [first, second] = items;
const record = (assessment: Assessment) => ({
  id: assessment.id,
  revision: 1,
  formatVersion: STORED_FORMAT_VERSION,
  assessment,
});

test.beforeEach(async ({ context }) => {
  await seedDatabase(
    context,
    { [y2025.id]: record(y2025), [y2026.id]: record(y2026) },
    { openAssessmentId: y2026.id },
  );
});

test("the trend view shows the hand-computed change from 2025 to 2026", async ({ page }) => {
  const history = new HistoryPage(page, "fi");
  await history.goto();
  await expect(history.heading).toHaveText("Kehitys vuosittain");
  const all = items.length;
  await expect(history.rowCells("Kokonaistulos")).toHaveText([
    `33 / 100 pisteytetty 98\u00a0% (${all - 1}/${all})`,
    `67 / 100 pisteytetty 100\u00a0% (${all - 1}/${all - 1})`,
  ]);
  for (const theme of checklist.themes) {
    await expect(history.rowCells(theme.title.fi).first()).toContainText("33 / 100");
    await expect(history.rowCells(theme.title.fi).last()).toContainText("67 / 100");
  }
  await expect(history.main).toContainText("Kokonaistulos 33 → 67 (+34 pistettä)");
  await expect(history.changeGroup("rose", all - 2).getByRole("listitem")).toHaveCount(all - 2);
  await expect(history.changeGroup("fell", 0)).toContainText("Ei yhtään kohtaa.");
  // "Don't know" in 2025 is shown as such, never as a rise from zero.
  await expect(history.changeGroup("unknown", 1).getByRole("listitem")).toHaveText(
    `1.1 ${first?.text.fi} 2025: En tiedä → 2026: Pääosin käytössä`,
  );
  await expect(history.changeGroup("notApplicable", 1).getByRole("listitem")).toHaveText(
    `1.2 ${second?.text.fi} 2025: Aloitettu → 2026: Ei sovellu meille`,
  );
  // One line per series: the overall score and each theme.
  await history.trendTable.scrollIntoViewIfNeeded();
  await expect(history.chartLines).toHaveCount(1 + checklist.themes.length);

  // Choosing the same year twice says what is wrong rather than showing a change of nothing.
  await history.yearSelect("to").selectOption("2025");
  await expect(history.main).toContainText("Valitse kaksi eri vuotta");
  await history.yearSelect("from").selectOption("2026");
  await expect(history.main).toContainText("Kokonaistulos 67 → 33 (−34 pistettä)");
});

test("the results page links to the change across years", async ({ page }) => {
  const results = new ResultsPage(page, "fi");
  await results.goto();
  await page.getByRole("link", { name: "Katso kehitys vuosittain (2025 ja 2026)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kehitys vuosittain");
});

for (const language of ["fi", "sv", "en"] as const satisfies readonly Language[]) {
  test(`the history page has no axe violations (${language})`, async ({ page }) => {
    const history = new HistoryPage(page, language);
    await history.goto();
    if (language !== "fi") await history.switchLanguage(language);
    await expect(history.heading).toHaveText(texts(language)("history:page.title"));
    await history.trendTable.scrollIntoViewIfNeeded();
    await expect(history.chartLines).toHaveCount(1 + checklist.themes.length);
    await expectNoViolations(page, `history page (${language})`);
    if (process.env.HISTORY_SCREENSHOTS) {
      const folder = process.env.HISTORY_SCREENSHOTS;
      const top = { x: 0, y: 0, width: 1280, height: 1400 };
      await page.screenshot({ path: `${folder}/history-${language}.png`, fullPage: true, clip: top });
      await history
        .changeGroup("unknown", 1)
        .screenshot({ path: `${folder}/history-${language}-unknown.png` });
    }
  });
}

const PDF_TEXT = {
  fi: { option: "Muutos vuodesta 2025", overall: "Kokonaistulos 33 / 100 67 / 100 +34" },
  sv: { option: "Förändring sedan år 2025", overall: "Totalresultat 33 / 100 67 / 100 +34" },
} as const;

for (const language of ["fi", "sv"] as const) {
  test(`the PDF report has the change since 2025 section (${language})`, async ({ page }) => {
    const report = new ReportPage(page, "fi");
    await report.goto();
    const shown = language === "fi" ? report : new ReportPage(page, language);
    if (language !== "fi") await report.switchLanguage(language);
    const { option, overall } = PDF_TEXT[language];
    await expect(page.getByRole("radio", { name: option, exact: true })).toBeChecked();
    await expectNoViolations(page, `report page with an earlier year (${language})`);
    const [download] = await Promise.all([page.waitForEvent("download"), shown.createButton.click()]);
    const bytes = await readFile(await download.path());
    if (process.env.HISTORY_SCREENSHOTS) {
      await writeFile(`${process.env.HISTORY_SCREENSHOTS}/report-${language}.pdf`, bytes);
    }
    const pdf = await readPdf(new Uint8Array(bytes));
    const text = pdf.text.replace(/\s+/g, " ");
    expect(text).toContain(option);
    expect(text).toContain(overall);
  });
}
