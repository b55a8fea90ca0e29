import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import type { Language } from "../../src/domain/localized";
import { AppShell } from "./pages/app-shell";
import { enabledInput } from "./pages/enabled-input";
import { expectNoViolations } from "./support/axe";
import { checklist } from "./support/checklist";
import { texts } from "./support/texts";

const COUNT = 27;
const ITEMS = checklist.themes.flatMap((theme) => theme.items).length;

/** The workshop namespace's texts, by their keys in it. */
function workshopTexts(language: Language) {
  const t = texts(language);
  return (key: string, values?: Record<string, string | number>) => t(`workshop:${key}`, values);
}

/**
 * 27 assessments from the generator (run through its CLI: the domain module imports JSON, which Playwright's
 * loader cannot) and one broken file, in a temporary folder.
 */
async function writeFiles(): Promise<string[]> {
  const folder = await mkdtemp(path.join(tmpdir(), "workshop-e2e-"));
  execFileSync("npx", ["tsx", "src/cli/generate-assessments.ts", String(COUNT), folder, "--seed", "2026"]);
  await writeFile(path.join(folder, "rikki.json"), '{"format": "kumppanuuspeili-assessment", ');
  return (await readdir(folder)).sort().map((name) => path.join(folder, name));
}

let files: string[] = [];
test.beforeAll(async () => {
  files = await writeFiles();
});

/** Creates a workshop on the list page and lands on its own page. */
async function createWorkshop(page: Page, language: Language, name: string): Promise<AppShell> {
  const fi = new AppShell(page, "fi");
  await fi.open("/workshops");
  const app = language === "fi" ? fi : await fi.switchLanguage(language);
  const t = workshopTexts(language);
  await page.getByRole("textbox", { name: t("create.label") }).fill(name);
  await page.getByRole("button", { name: t("create.submit") }).click();
  await expect(app.heading).toHaveText(name);
  return app;
}

const memberTable = (page: Page) => page.locator("table.member-table");

/**
 * The heatmap is drawn once scrolled near. Sections off screen skip layout (content-visibility) and are
 * sized by estimate, so the sections above grow as they come into view: scroll again until it is there.
 */
async function showHeatmap(page: Page) {
  const section = page.locator(".workshop-section", { has: page.locator(".heatmap-placeholder, .heatmap") });
  await expect(async () => {
    await section.scrollIntoViewIfNeeded();
    await expect(page.locator("table.heatmap")).toBeAttached({ timeout: 500 });
  }).toPass();
  // Drawn a few rows at a time; aria-busy clears when all are there.
  await expect(page.locator(".heatmap-scroll")).toHaveAttribute("aria-busy", "false");
}

test.describe.configure({ mode: "parallel" });

test("27 files and a broken one: 27 accepted, one clear error; sort, heatmap and CSV", async ({ page }) => {
  const app = await createWorkshop(page, "fi", "Varsinais-Suomi 2026");
  const w = workshopTexts("fi");
  await enabledInput(page, w("add.files")).setInputFiles(files);

  await expect(page.getByText(w("report.accepted", { count: COUNT }))).toBeVisible();
  await expect(page.getByText(w("report.rejected", { count: 1 }))).toBeVisible();
  const refused = page.locator(".import-rejected > li");
  await expect(refused).toHaveCount(1);
  await expect(refused).toContainText("rikki.json");
  await expect(refused).toContainText(app.t("common:problem.invalidJson"));
  await expect(memberTable(page).locator("tbody tr")).toHaveCount(COUNT);

  // Sorted by the first theme: highest first, members without a score last.
  const [theme] = checklist.themes;
  const themeHeader = memberTable(page).getByRole("columnheader", { name: theme?.title.fi });
  await themeHeader.getByRole("button").click();
  await expect(themeHeader).toHaveAttribute("aria-sort", "descending");
  const scores = (await memberTable(page).locator("tbody tr td:nth-of-type(2)").allTextContents()).map(
    (text) => (/^\d+$/.test(text) ? Number(text) : -1),
  );
  expect(scores).toEqual([...scores].sort((a, b) => b - a));

  await showHeatmap(page);
  const heatmap = page.locator("table.heatmap");
  await expect(heatmap.locator("thead th")).toHaveCount(COUNT + 1);
  const cells = heatmap.locator("tbody td .level-cell");
  await expect(cells).toHaveCount(COUNT * ITEMS);
  const cellTexts = await cells.allTextContents();
  expect(cellTexts.every((text) => text.trim().length > 0)).toBe(true);
  expect(cellTexts.some((text) => text.startsWith("?"))).toBe(true);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: w("csv.long") }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("varsinais-suomi-2026-long.csv");
  const csv = await readFile(await download.path(), "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const lines = csv
    .slice(1)
    .split("\r\n")
    .filter((line) => line !== "");
  expect(lines[0]?.split(";").slice(0, 4)).toEqual([
    "municipality_code",
    "municipality",
    "region_code",
    "region",
  ]);
  expect(lines).toHaveLength(1 + COUNT * ITEMS);
  const header = lines[0]?.split(";") ?? [];
  const rows = lines.slice(1).map((line) => line.split(";"));
  expect(rows.every((row) => row.length === header.length)).toBe(true);
  const answers = new Set(rows.map((row) => row[header.indexOf("answer")]));
  expect(
    [...answers].every((answer) =>
      ["level", "dontKnow", "notApplicable", "unanswered"].includes(answer ?? ""),
    ),
  ).toBe(true);

  const [wide] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: w("csv.wide") }).click(),
  ]);
  expect(wide.suggestedFilename()).toBe("varsinais-suomi-2026-wide.csv");
  const wideLines = (await readFile(await wide.path(), "utf8")).split("\r\n").filter((line) => line !== "");
  expect(wideLines).toHaveLength(1 + COUNT);
});

test("a dropped set of files and a picked folder are read like picked files", async ({ page }, info) => {
  await createWorkshop(page, "fi", "Pudotus");
  const w = workshopTexts("fi");
  const [first, second, third] = await Promise.all(files.slice(0, 3).map((file) => readFile(file, "utf8")));
  // A synthetic drop with a DataTransfer, as a file manager's drag would deliver.
  await page.getByTestId("drop-zone").evaluate(
    (zone, texts) => {
      const transfer = new DataTransfer();
      texts.forEach((text, index) => {
        transfer.items.add(new File([text], `pudotettu-${index}.json`, { type: "application/json" }));
      });
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [first ?? "", second ?? ""],
  );
  await expect(page.getByText(w("report.accepted", { count: 2 }))).toBeVisible();
  await expect(memberTable(page).locator("tbody tr")).toHaveCount(2);

  const folder = info.outputPath("kansio");
  await mkdir(path.join(folder, "alikansio"), { recursive: true });
  await writeFile(path.join(folder, "alikansio", "kolmas.json"), third ?? "");
  await enabledInput(page, w("add.folder")).setInputFiles(folder);
  await expect(page.getByText(w("report.accepted", { count: 1 }))).toBeVisible();
  await expect(memberTable(page).locator("tbody tr")).toHaveCount(3);
});

for (const language of ["fi", "sv", "en"] as const) {
  test(`axe finds nothing on the workshop pages (${language})`, async ({ page }) => {
    // axe reads every cell of a 27-column heatmap and the distribution tables: slow, not stuck.
    test.setTimeout(150_000);
    const w = workshopTexts(language);
    const app = await createWorkshop(page, language, "Varsinais-Suomi 2026");
    await enabledInput(page, w("add.files")).setInputFiles(files);
    await expect(memberTable(page).locator("tbody tr")).toHaveCount(COUNT);
    await page.getByRole("combobox", { name: w("highlight.label") }).selectOption({ index: 1 });
    await page.locator(".highlight-section .theme-bars").waitFor();
    await page.getByRole("checkbox", { name: w("who.showNotes") }).check();
    await showHeatmap(page);
    await expectNoViolations(page, `workshop (${language})`);

    await memberTable(page).locator("tbody tr th a").first().click();
    await expect(page.getByRole("heading", { level: 2, name: w("member.answersHeading") })).toBeVisible();
    await page.getByRole("checkbox", { name: w("member.showNotes") }).check();
    await expectNoViolations(page, `workshop member (${language})`);

    await app.open("/workshops");
    await expect(page.locator("table.workshop-list tbody tr")).toHaveCount(1);
    await expectNoViolations(page, `workshops (${language})`);
  });
}
