import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import type { Language } from "../../src/domain/localized";
import { scoreAssessment } from "../../src/domain/scoring";
import { answersAtTarget } from "../../src/domain/suggestions";
import { associationAssessments, ownAssessment } from "../../src/features/perspectives/perspectives-fixture";
import { reportFixture } from "../../src/features/report/report-fixture";
import { readDocx } from "../docx-text";
import { readPdf } from "../pdf-text";
import { assessmentFile, PerspectivesPage, putWorkshop, workshopOf } from "./pages/perspectives-page";
import { ReportPage } from "./pages/report-page";
import { ResultsPage } from "./pages/results-page";
import { expectNoViolations } from "./support/axe";
import { checklist, persistedState } from "./support/checklist";
import { seedStorage } from "./support/storage";

test.describe.configure({ mode: "parallel" });

const assessment = reportFixture(checklist);

const EXPECTED = {
  fi: {
    fileWord: "raportti",
    language: "fi",
    overall: "Kokonaistulos nyt",
    atTarget: "Kun tavoitteet saavutetaan",
    page: "Sivu",
    action: "Avustushakemus 500 € – syksy hyte-koordinaattori 15. syyskuuta 2027 Suunniteltu",
  },
  sv: {
    fileWord: "rapport",
    language: "sv-FI",
    overall: "Totalresultat nu",
    atTarget: "När målen nås",
    page: "Sida",
    action: "Avustushakemus 500 € – syksy hyte-koordinaattori 15 september 2027 Planerad",
  },
} as const;

function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The origin of a request's URL; a blob: URL belongs to the page that made it, data: URLs go nowhere. */
function originOf(url: string): string | null {
  const parsed = new URL(url);
  if (parsed.protocol === "data:") return null;
  return parsed.origin;
}

for (const language of ["fi", "sv"] as const satisfies readonly Language[]) {
  test(`creates the PDF report by keyboard and downloads it (${language})`, async ({
    context,
    page,
    baseURL,
  }) => {
    const requests: string[] = [];
    context.on("request", (request) => requests.push(request.url()));
    const cspViolations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    await seedStorage(context, persistedState(assessment, language));
    // Fonts and jsPDF never come with another page (here the results)…
    const isPdfFile = (url: string) => url.endsWith(".ttf") || /\/create-report-pdf-[\w-]+\.js$/.test(url);
    await new ResultsPage(page, language).goto();
    await page.waitForLoadState("networkidle");
    expect(requests.filter(isPdfFile)).toEqual([]);
    const report = new ReportPage(page, language);
    await report.goto();
    await expect(report.koski).toBeChecked();
    await expect(report.languageOption(language)).toBeChecked();
    // …and on the report page they are fetched as soon as it is idle, ready for the first report.
    await expect.poll(() => requests.filter(isPdfFile).length).toBe(3);

    // From the report language through the example and the notes option to the button, by keyboard only.
    await report.languageOption(language).focus();
    for (let press = 0; press < 3; press++) await page.keyboard.press("Tab");
    await expect(report.createButton).toBeFocused();
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);

    const expected = EXPECTED[language];
    const fileName = `kumppanuuspeili-${expected.fileWord}-kimitoon-kemionsaari-${today()}.pdf`;
    expect(download.suggestedFilename()).toBe(fileName);
    await expect(report.status).toContainText(fileName);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.length).toBeGreaterThan(50_000);
    expect(bytes.length).toBeLessThan(1_000_000);

    const pdf = await readPdf(new Uint8Array(bytes));
    expect(pdf.info.Language).toBe(expected.language);
    const current = scoreAssessment(checklist, assessment.answers).overall.score ?? -1;
    const target = scoreAssessment(checklist, answersAtTarget(assessment)).overall.score ?? -1;
    expect(pdf.text).toContain(`${expected.overall} ${Math.round(current)} / 100`);
    expect(pdf.text).toContain(`${expected.atTarget} ${Math.round(target)} / 100`);
    expect(pdf.text).toContain(expected.action);
    expect(pdf.text).toContain("Kimitoön – Kemiönsaari");
    expect(pdf.text).toContain("Översätt bidragsanvisningarna på svenska – Åboland");
    expect(pdf.text).toContain(`${expected.page} 1 / ${pdf.pages.length}`);

    const appOrigin = new URL(baseURL ?? "").origin;
    const foreign = requests.filter((url) => {
      const origin = originOf(url);
      return origin !== null && origin !== appOrigin;
    });
    expect(foreign, `requests outside ${appOrigin}`).toEqual([]);
    // The fonts are the app's own files, fetched under connect-src 'self'.
    expect(requests.filter((url) => url.endsWith(".ttf"))).toHaveLength(2);
    expect(cspViolations).toEqual([]);
  });
}

test("makes a report in another language than the screen's, without the comparison", async ({
  context,
  page,
}) => {
  await seedStorage(context, persistedState(assessment, "fi"));
  const report = new ReportPage(page, "fi");
  await report.goto();
  await report.languageOption("sv").check();
  await report.koski.waitFor();
  await page.getByRole("radio", { name: report.t("report:page.exampleNone"), exact: true }).check();
  const [download] = await Promise.all([page.waitForEvent("download"), report.createButton.click()]);
  expect(download.suggestedFilename()).toMatch(/^kumppanuuspeili-rapport-/);
  const pdf = await readPdf(new Uint8Array(await readFile(await download.path())));
  expect(pdf.info.Language).toBe("sv-FI");
  expect(pdf.text).toContain("Totalresultat nu");
  expect(pdf.text).not.toContain("Jämförelse: Koskis");
});

for (const language of ["fi", "sv", "en"] as const satisfies readonly Language[]) {
  test(`axe finds nothing on the report page, before and after a report (${language})`, async ({
    context,
    page,
  }) => {
    await seedStorage(context, persistedState(assessment, language));
    const report = new ReportPage(page, language);
    await report.goto();
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    await expect(report.koski).toBeVisible();
    await expectNoViolations(page, `report (${language})`);
    await Promise.all([page.waitForEvent("download"), report.createButton.click()]);
    await expect(report.status.locator(".alert-success")).toBeVisible();
    await expectNoViolations(page, `report with a finished file (${language})`);
  });
}

for (const language of ["fi", "sv"] as const satisfies readonly Language[]) {
  test(`downloads the editable Word file, its code fetched only on the click (${language})`, async ({
    context,
    page,
  }) => {
    await seedStorage(context, persistedState(assessment, language));
    const report = new ReportPage(page, language);
    const docxCode: string[] = [];
    page.on("request", (request) => {
      if (/\/create-report-docx-[\w-]+\.js$/.test(request.url())) docxCode.push(request.url());
    });
    await report.goto();
    await expect(report.koski).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(docxCode).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent("download"), report.docxButton.click()]);
    const fileName = `kumppanuuspeili-${EXPECTED[language].fileWord}-kimitoon-kemionsaari-${today()}.docx`;
    expect(download.suggestedFilename()).toBe(fileName);
    expect(docxCode).toHaveLength(1);
    const bytes = new Uint8Array(await readFile(await download.path()));
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe("PK");
    const docx = readDocx(bytes);
    const title = report.t("report:pdf.title", { municipality: assessment.meta.municipality, year: 2026 });
    expect(docx.parts["word/document.xml"]).toContain(title);
    expect(docx.paragraphs.find((paragraph) => paragraph.style === "Title")?.text).toBe(title);
    await expect(report.status).toContainText(fileName);
    await expectNoViolations(page, `report with a finished Word file (${language})`);
  });
}

test("axe finds nothing on the report page without an assessment", async ({ page }) => {
  const report = new ReportPage(page, "fi");
  await report.goto();
  await expect(page.getByRole("link", { name: report.t("report:page.start") })).toBeVisible();
  await expectNoViolations(page, "report, empty (fi)");
});

/** Varsinais-Suomi's 27 municipalities (seed 004), each answering the items at levels shifted by its place. */
const VARSINAIS_SUOMI = [
  "Aura",
  "Kaarina",
  "Kemiönsaari",
  "Koski Tl",
  "Kustavi",
  "Laitila",
  "Lieto",
  "Loimaa",
  "Marttila",
  "Masku",
  "Mynämäki",
  "Naantali",
  "Nousiainen",
  "Oripää",
  "Paimio",
  "Parainen",
  "Pyhäranta",
  "Pöytyä",
  "Raisio",
  "Rusko",
  "Salo",
  "Sauvo",
  "Somero",
  "Taivassalo",
  "Turku",
  "Uusikaupunki",
  "Vehmaa",
];

function regionalMember(municipality: string, m: number) {
  const own = ownAssessment(checklist);
  const items = checklist.themes.flatMap((theme) => theme.items);
  const answers = Object.fromEntries(
    items.map((item, i) => [item.id, { kind: "level", level: ((i + m) % 4) as 0 | 1 | 2 | 3 }] as const),
  );
  const { municipalityCode: _code, ...meta } = own.meta;
  return {
    ...own,
    id: `regional-member-${String(m).padStart(2, "0")}`,
    meta: { ...meta, municipality },
    answers,
  };
}

test("the report has the associations' view once their answers are added on the perspectives page", async ({
  context,
  page,
}) => {
  const own = ownAssessment(checklist);
  await seedStorage(context, persistedState(own, "fi"));
  const perspectives = new PerspectivesPage(page, "fi");
  await perspectives.goto();
  await perspectives.fileInput.setInputFiles(
    associationAssessments(checklist).map((assessment, i) =>
      assessmentFile(`yhdistys-${i + 1}.json`, assessment),
    ),
  );
  await expect(perspectives.itemTable).toBeVisible();

  const report = new ReportPage(page, "fi");
  await report.goto();
  await expect(report.main.getByText(report.t("report:page.contents.perceptions"))).toBeVisible();
  await report.koski.waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), report.createButton.click()]);
  const pdf = await readPdf(new Uint8Array(await readFile(await download.path())));
  const [first] = checklist.themes[0]?.items ?? [];
  expect(pdf.text).toContain(
    "Yhdistysten näkökulma Tässä osassa kunnan omat vastaukset ovat rinnakkain 3 yhdistyksen",
  );
  expect(pdf.text).toContain(`1.1 ${first?.text.fi}`);
  expect(pdf.text).toContain("−3 tasoa Suuri ero");
});

for (const language of ["fi", "sv"] as const satisfies readonly Language[]) {
  test(`downloads the one-page regional summary of 27 assessments (${language})`, async ({
    context,
    page,
  }) => {
    await seedStorage(context, persistedState(null, language));
    const shell = new ReportPage(page, language);
    await shell.open("/");
    const members = VARSINAIS_SUOMI.map((municipality, m) => regionalMember(municipality, m));
    await putWorkshop(page, workshopOf("workshop-e2e-0027", "Varsinais-Suomi 2026", members));
    await shell.open("/report/workshop/workshop-e2e-0027");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: shell.t("report:workshopPage.create") }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      language === "fi"
        ? /^kumppanuuspeili-alueellinen-yhteenveto-varsinais-suomi-2026-\d{4}-\d\d-\d\d\.pdf$/
        : /^kumppanuuspeili-regional-sammanfattning-varsinais-suomi-2026-/,
    );
    const pdf = await readPdf(new Uint8Array(await readFile(await download.path())));
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.info.Title).toBe(shell.t("report:pdf.regional.title", { name: "Varsinais-Suomi 2026" }));
    expect(pdf.text).toContain(shell.t("report:pdf.regional.weakestHeading"));
    await expect(shell.status).toContainText(download.suggestedFilename());
    await expectNoViolations(page, `workshop report with a finished file (${language})`);
  });
}
