import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { ASSESSMENT_FILE_VERSION, toAssessmentFile } from "../../src/domain/assessment-file";
import { DetailsPage } from "./pages/details-page";
import { StartPage } from "./pages/start-page";
import { expectNoViolations } from "./support/axe";
import { persistedState, sampleAssessment } from "./support/checklist";
import { readSavedAssessment, seedStorage } from "./support/storage";

const SAVED = persistedState(sampleAssessment());

test.beforeEach(async ({ context }) => {
  await seedStorage(context, SAVED);
});

test("a file that is not JSON is refused in Finnish and the saved assessment stays", async ({ page }) => {
  const start = new StartPage(page, "fi");
  await start.goto();
  await expect(start.savedAssessment).toContainText("Koski Tl");

  await start.importFile("rikki.json", '{"format": "kumppanuuspeili-assessment", ');
  await expect(start.importError).toBeVisible();
  await expect(start.importError).toContainText("Tiedosto rikki.json ei ole kelvollinen arviointitiedosto.");
  await expect(start.importError).toContainText("tiedosto ei ole kelvollista JSON-muotoa");

  expect(await readSavedAssessment(page)).toEqual(sampleAssessment());
  await expect(start.savedAssessment).toContainText("Koski Tl");
  await start.continueLink.click();
  await expect(new DetailsPage(page, "fi").municipality).toHaveValue("Koski Tl");
});

test("a JSON file of the wrong shape is refused in Swedish, naming the problem", async ({ page }) => {
  const start = new StartPage(page, "fi");
  await start.goto();
  const sv = new StartPage(page, "sv");
  await start.switchLanguage("sv");
  const saved = await readSavedAssessment(page);

  await sv.importFile("budget.json", JSON.stringify({ municipality: "Koski Tl", total: 1200 }));
  await expect(sv.importError).toBeVisible();
  await expect(sv.importError).toContainText(sv.t("assessment:import.errorTitle"));
  await expect(sv.importError).toContainText("budget.json");
  // Said in plain words: the file is some other JSON, not an assessment file.
  await expect(sv.importError).toContainText(
    sv.t("common:problem.file", { message: sv.t("common:problem.notOurFormat") }),
  );
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");

  expect(await readSavedAssessment(page)).toEqual(saved);
  await expect(sv.continueLink).toBeVisible();
});

test("an exported file imports back to the same assessment", async ({ page }) => {
  const details = new DetailsPage(page, "fi");
  await details.goto();
  const [download] = await Promise.all([page.waitForEvent("download"), details.exportButton.click()]);
  expect(download.suggestedFilename()).toBe("kumppanuuspeili-koski-tl-2026-11-23.json");
  await expect(
    page.getByText(details.t("common:fileDownloaded", { file: download.suggestedFilename() })),
  ).toBeVisible();
  const exported = await readFile(await download.path(), "utf8");
  const file = JSON.parse(exported);
  expect(file).toMatchObject({
    format: "kumppanuuspeili-assessment",
    formatVersion: ASSESSMENT_FILE_VERSION,
  });
  expect(file.answers).toEqual(sampleAssessment().answers);

  // Throw the answers away, then bring them back from the file.
  const start = new StartPage(page, "fi");
  await start.goto();
  await start.startNew();
  expect((await readSavedAssessment(page))?.answers).toEqual({});

  await start.goto();
  // Nothing answered in the fresh start: the file opens without asking to replace it.
  await start.importFile(download.suggestedFilename(), exported);
  await expect(details.heading).toHaveText(details.t("assessment:details.title"));
  await expect(page.getByRole("status").filter({ hasText: download.suggestedFilename() })).toBeVisible();
  await expect(details.municipality).toHaveValue("Koski Tl");
  // Imported as a new record beside the one it came from: same content, a new id.
  expect(await readSavedAssessment(page)).toEqual({ ...sampleAssessment(), id: expect.any(String) });
});

test("a file with one bad answer offers its valid part, and saves it only when asked", async ({ page }) => {
  const start = new StartPage(page, "fi");
  await start.goto();
  const answers = sampleAssessment().answers;
  const [firstId] = Object.keys(answers);
  const file = JSON.stringify({
    ...toAssessmentFile({
      ...sampleAssessment(),
      meta: { ...sampleAssessment().meta, municipality: "Parainen" },
    }),
    answers: { ...answers, [firstId ?? ""]: { kind: "level", level: 9 } },
  });
  await start.importFile("osittain.json", file);
  const partial = start.alert(start.t("assessment:import.partialTitle"));
  await expect(partial).toContainText(start.t("common:problem.levelRange"));
  await expect(partial).toContainText("Kohta 1.1");
  expect(await readSavedAssessment(page)).toEqual(sampleAssessment());
  await partial.getByText(start.t("common:problem.technical")).click();
  await expect(partial.getByText(`answers.${firstId}.level`)).toBeVisible();
  await expectNoViolations(page, "partial import offer");

  await partial.getByRole("button", { name: start.t("assessment:import.partialConfirm_one") }).click();
  await start.confirmImportButton.click();
  const details = new DetailsPage(page, "fi");
  await expect(details.municipality).toHaveValue("Parainen");
  const { [firstId ?? ""]: _dropped, ...kept } = answers;
  expect((await readSavedAssessment(page))?.answers).toEqual(kept);
});
