import { readFile } from "node:fs/promises";
import { type Browser, expect, type Page, test } from "@playwright/test";
import type { RespondentRole } from "../../src/domain/assessment";
import type { Language } from "../../src/domain/localized";
import { DetailsPage } from "./pages/details-page";
import { LibraryPage } from "./pages/library-page";
import { StartPage } from "./pages/start-page";
import { expectNoViolations } from "./support/axe";
import { readDatabase } from "./support/storage";

const THREE: { municipality: string; year: number; role: RespondentRole }[] = [
  { municipality: "Koski Tl", year: 2025, role: "municipality" },
  { municipality: "Koski Tl", year: 2026, role: "municipality" },
  { municipality: "Koski Tl", year: 2026, role: "association" },
];

/** Starts each from the library's button and fills in its details on the details page. */
async function createThree(page: Page): Promise<LibraryPage> {
  const library = new LibraryPage(page);
  const details = new DetailsPage(page);
  for (const { municipality, year, role } of THREE) {
    await library.goto();
    await library.startNewButton.click();
    await details.heading.filter({ hasText: details.t("assessment:details.title") }).waitFor();
    await page.getByRole("spinbutton", { name: details.t("assessment:details.year") }).fill(String(year));
    await details.fillDetails(municipality, role);
  }
  await library.goto();
  return library;
}

/** The stored assessments, by id, as the database holds them. */
async function storedAssessments(page: Page): Promise<Record<string, unknown>> {
  const contents = await readDatabase(page);
  return Object.fromEntries(
    Object.entries(contents?.assessments ?? {}).map(([id, value]) => [
      id,
      (value as { assessment: unknown }).assessment,
    ]),
  );
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test("three assessments stay after a reload; 2026 duplicates into 2027; a deleted one comes back with undo", async ({
  page,
}) => {
  const library = await createThree(page);
  await page.reload();
  await library.goto();
  expect((await library.rowSummaries()).sort()).toEqual([
    "Koski Tl | 2025 | Kunta",
    "Koski Tl | 2026 | Kunta",
    "Koski Tl | 2026 | Yhdistys tai järjestö",
  ]);

  await library.rowButton("duplicate", library.rowName("Koski Tl", 2026, "municipality")).click();
  const year = page.getByRole("textbox", { name: library.t("library:duplicate.year") });
  await expect(year).toHaveValue("2027");
  await page.getByRole("button", { name: library.t("library:duplicate.submit") }).click();
  await library.heading.filter({ hasText: library.t("assessment:details.title") }).waitFor();
  await library.goto();
  expect(await library.rowSummaries()).toContain("Koski Tl | 2027 | Kunta");
  await expect(library.rows).toHaveCount(4);

  const name2025 = library.rowName("Koski Tl", 2025, "municipality");
  await library.rowButton("delete", name2025).click();
  await expect(library.rows).toHaveCount(3);
  await page.getByRole("button", { name: library.t("library:deleted.undo", { name: name2025 }) }).click();
  await expect(library.rows).toHaveCount(4);
  await page.reload();
  await library.goto();
  expect(await library.rowSummaries()).toContain("Koski Tl | 2025 | Kunta");
});

test("export all, import the archive into a fresh browser with identical content, and choose on re-import", async ({
  page,
  browser,
}) => {
  const library = await createThree(page);
  const original = await storedAssessments(page);
  expect(Object.keys(original)).toHaveLength(3);
  const [download] = await Promise.all([page.waitForEvent("download"), library.exportAllButton.click()]);
  expect(download.suggestedFilename()).toMatch(/\.kumppanuuspeili-assessments\.json$/);
  await expect(page.getByText(library.t("library:storage.neverExported"))).toHaveCount(0);
  const archive = {
    name: download.suggestedFilename(),
    mimeType: "application/json",
    buffer: await readFile(await download.path()),
  };

  const other = await freshPage(browser);
  const otherLibrary = new LibraryPage(other);
  await otherLibrary.goto();
  await expect(other.getByText(otherLibrary.t("library:empty"))).toBeVisible();
  await otherLibrary.fileInput.setInputFiles(archive);
  await expect(other.getByText(otherLibrary.t("library:import.added", { count: 3 }))).toBeVisible();
  await expect(otherLibrary.rows).toHaveCount(3);
  expect(await storedAssessments(other)).toEqual(original);

  // The same archive again: every one matches by id, and each gets its own question.
  await otherLibrary.fileInput.setInputFiles(archive);
  const choice = (entry: number) => other.getByRole("group", { name: new RegExp(`› ${entry} `) });
  await expect(
    other.getByRole("heading", { name: otherLibrary.t("library:conflicts.heading", { count: 3 }) }),
  ).toBeVisible();
  await choice(1)
    .getByRole("radio", { name: otherLibrary.t("library:conflicts.keepBoth") })
    .check();
  await choice(2)
    .getByRole("radio", { name: otherLibrary.t("library:conflicts.replace") })
    .check();
  await other.getByRole("button", { name: otherLibrary.t("library:conflicts.apply") }).click();
  await expect(other.getByText(otherLibrary.t("library:conflicts.done"))).toBeVisible();
  await expect(otherLibrary.rows).toHaveCount(4);
  const after = await storedAssessments(other);
  for (const [id, assessment] of Object.entries(original)) expect(after[id]).toEqual(assessment);

  // A file that is not an assessment is refused with its reason; nothing stored changes.
  await otherLibrary.fileInput.setInputFiles({
    name: "muistio.json",
    mimeType: "application/json",
    buffer: Buffer.from("{}"),
  });
  await expect(other.getByText(otherLibrary.t("library:import.refused", { count: 1 }))).toBeVisible();
  await expect(otherLibrary.rows).toHaveCount(4);
  await other.context().close();
});

for (const language of ["fi", "sv", "en"] as const satisfies readonly Language[]) {
  test(`the library and the start page with several assessments have no axe violations in ${language}`, async ({
    page,
  }) => {
    await createThree(page);
    const start = new StartPage(page, "fi");
    const shell = language === "fi" ? start : await start.switchLanguage(language);
    const library = new LibraryPage(page, language);
    await library.goto();
    await expect(library.rows).toHaveCount(3);
    await expect(library.heading).toHaveText(shell.t("library:title"));
    await expectNoViolations(page, `library (${language})`);
    await library.rowButton("duplicate", library.rowName("Koski Tl", 2025, "municipality")).click();
    await expectNoViolations(page, `library's new-year form (${language})`);

    await library.open("/");
    await expect(page.getByRole("region", { name: shell.t("assessment:start.othersHeading") })).toBeVisible();
    await expectNoViolations(page, `start page with several (${language})`);
  });
}
