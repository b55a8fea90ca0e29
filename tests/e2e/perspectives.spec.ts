import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { allItems } from "../../src/domain/checklist-lookup";
import type { Language } from "../../src/domain/localized";
import { associationAssessments, ownAssessment } from "../../src/features/perspectives/perspectives-fixture";
import { DetailsPage } from "./pages/details-page";
import { assessmentFile, PerspectivesPage, putWorkshop, workshopOf } from "./pages/perspectives-page";
import { expectNoViolations } from "./support/axe";
import { checklist, persistedState } from "./support/checklist";
import { readDatabase, seedStorage } from "./support/storage";

test.describe.configure({ mode: "parallel" });

const own = ownAssessment(checklist);
const associations = associationAssessments(checklist);
const [firstItem] = allItems(checklist);

async function addAssociationFiles(perspectives: PerspectivesPage): Promise<void> {
  await perspectives.fileInput.setInputFiles(
    associations.map((assessment, i) => assessmentFile(`yhdistys-${i + 1}.json`, assessment)),
  );
  await expect(perspectives.results.getByRole("listitem")).toHaveCount(3);
}

test("a perception gap for a municipality with one municipal and three association files", async ({
  context,
  page,
}) => {
  await seedStorage(context, persistedState(own, "fi"));
  const perspectives = new PerspectivesPage(page, "fi");
  await perspectives.goto();
  await addAssociationFiles(perspectives);
  await expect(perspectives.results).toContainText("yhdistys-1.json: otettu mukaan.");

  // Koski Tl answers the first item "fully in place"; the associations 0, 0 and 1: median 0, a gap of 3 levels.
  const top = perspectives.itemTable.getByRole("row").nth(1);
  await expect(top.getByRole("rowheader")).toHaveText(firstItem?.text.fi ?? "");
  await expect(top).toContainText("Täysin käytössä (3)");
  await expect(top).toContainText("Ei käytössä (0)vaihteluväli 0–1, n = 3");
  await expect(top).toContainText("−3 tasoa");
  await expect(top).toContainText("Suuri ero");
  // A "don't know" is counted beside the median, not in it.
  await expect(perspectives.itemTable.getByRole("row").nth(2)).toContainText("En tiedä: 1");
  await expect(perspectives.themeTable.getByRole("row")).toHaveCount(checklist.themes.length + 1);
  // No association is named on the page outside the disclosed file list.
  await expect(perspectives.main.getByText("yhdistys-2.json", { exact: true })).toBeHidden();

  const [download] = await Promise.all([page.waitForEvent("download"), perspectives.csvButton.click()]);
  expect(download.suggestedFilename()).toBe("kumppanuuspeili-nakemysero-koski-tl-2026.csv");
  const csv = await readFile(await download.path(), "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const lines = csv.slice(1).split("\r\n");
  expect(lines[0]).toBe(
    "scope;theme_id;item_id;theme_number;item_number;own_answer;own;others_n;others_min;others_q1;others_median;others_q3;others_max;others_dont_know;others_not_applicable;others_unanswered;gap;flagged",
  );
  // The largest gap is the first item row: own 3, the associations 0, 0, 1 (n 3, min 0, median 0, max 1), flagged.
  const firstTheme = checklist.themes[0]?.id;
  expect(lines[checklist.themes.length + 1]).toBe(
    `item;${firstTheme};${firstItem?.id};1;1;level;3;3;0;;0;;1;0;0;0;-3;1`,
  );

  // Kept over a reload: the answers are in the database beside the assessment, never over it.
  await page.reload();
  await expect(perspectives.itemTable.getByRole("row").nth(1)).toContainText("Suuri ero");
  const database = await readDatabase(page);
  expect(Object.keys(database?.assessments ?? {})).toEqual([own.id]);
});

test("an invitation link opens a prefilled association assessment", async ({ context, page }) => {
  await seedStorage(context, persistedState(own, "sv"));
  const perspectives = new PerspectivesPage(page, "sv");
  await perspectives.goto();
  const link = await perspectives.invitationLink.inputValue();
  expect(link).toContain("#/invite?checklist=");
  expect(link).not.toContain("answers");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await perspectives.copyButton.click();
  await expect(perspectives.main.getByText(perspectives.t("perspectives:invite.copied"))).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  await page.goto(link);
  await expect(
    page.getByText("Du har bjudits in att värdera Koski Tl för året 2026 ur en förenings perspektiv."),
  ).toBeVisible();
  await page.getByRole("button", { name: perspectives.t("perspectives:invite.start") }).click();

  const details = new DetailsPage(page, "sv");
  await expect(details.heading).toHaveText(details.t("assessment:details.title"));
  await expect(details.municipality).toHaveValue("Koski Tl");
  await expect(details.role("association")).toBeChecked();
  await expect(page.getByRole("spinbutton", { name: details.t("assessment:details.year") })).toHaveValue(
    "2026",
  );
  // A new record: the municipality's own assessment is still there.
  await expect(async () => {
    const database = await readDatabase(page);
    expect(Object.keys(database?.assessments ?? {})).toHaveLength(2);
    expect(database?.assessments[own.id]).toBeDefined();
  }).toPass();
});

test("a broken invitation link says so in the user's language", async ({ page }) => {
  const perspectives = new PerspectivesPage(page, "fi");
  await perspectives.open("/invite?checklist=x&year=kaksi");
  await expect(page.getByRole("alert")).toContainText(perspectives.t("perspectives:invite.badTitle"));
  await expect(page.getByRole("button", { name: perspectives.t("perspectives:invite.start") })).toHaveCount(
    0,
  );
});

async function withWorkshop(page: Page): Promise<string> {
  const workshop = workshopOf("workshop-e2e-0001", "Varsinais-Suomi 2026", [own, ...associations]);
  await putWorkshop(page, workshop);
  return workshop.id;
}

for (const language of ["fi", "sv", "en"] as const satisfies readonly Language[]) {
  test(`axe finds nothing on the perspectives pages (${language})`, async ({ context, page }) => {
    await seedStorage(context, persistedState(own, language));
    const perspectives = new PerspectivesPage(page, language);
    await perspectives.goto();
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    await expectNoViolations(page, `perspectives, empty (${language})`);
    await addAssociationFiles(perspectives);
    await expect(perspectives.itemTable).toBeVisible();
    await expectNoViolations(page, `perspectives with gaps (${language})`);

    const id = await withWorkshop(page);
    await perspectives.open(`/perspectives/workshop/${id}/284`);
    await expect(perspectives.itemTable).toBeVisible();
    await expectNoViolations(page, `workshop perspectives (${language})`);

    await perspectives.open(`/report/workshop/${id}`);
    await expect(
      page.getByRole("radio", { name: perspectives.t(`common:language.${language}`) }),
    ).toBeChecked();
    await expectNoViolations(page, `workshop report (${language})`);

    const link = `/invite?checklist=${checklist.id}&version=${checklist.version}&municipality=Koski%20Tl&code=284&year=2026`;
    await perspectives.open(link);
    await expectNoViolations(page, `invitation (${language})`);
    await perspectives.open("/invite?checklist=x");
    await expectNoViolations(page, `bad invitation (${language})`);
  });
}
