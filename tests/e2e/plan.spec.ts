import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import type { Answer } from "../../src/domain/assessment";
import type { Language } from "../../src/domain/localized";
import { DetailsPage } from "./pages/details-page";
import { PlanPage } from "./pages/plan-page";
import { StartPage } from "./pages/start-page";
import { expectNoViolations } from "./support/axe";
import { item, persistedState, sampleAssessment } from "./support/checklist";
import { readSavedAssessment, seedStorage } from "./support/storage";

const evenings = item("association-evenings-twice-a-year");
const house = item("association-house-free-of-charge");
const grantGuides = item("plain-language-grant-instructions");
/** "Started" in the sample answers, with a good-practice card. */
const liaisonKnown = item("ngo-liaison-role-known-to-associations");

/** Weights 3, 3, 3, 2. By hand: house 3 × 3 = 9, evenings 3 × 2 = 6, grant guides 2 × 1 = 2; leadership is full. */
const answers: Record<string, Answer> = {
  [evenings.id]: { kind: "level", level: 1 },
  "committed-leadership": { kind: "level", level: 3 },
  [house.id]: { kind: "level", level: 0 },
  [grantGuides.id]: { kind: "level", level: 2 },
};

async function savedAssessment(plan: PlanPage) {
  return readSavedAssessment(plan.page);
}

test("targets re-rank the plan, an action is added by keyboard, and the file carries both", async ({
  context,
  page,
}) => {
  await seedStorage(context, persistedState(sampleAssessment(answers), "fi"));
  const plan = new PlanPage(page, "fi");
  await plan.goto();
  expect(await plan.topItems()).toEqual([house.text.fi, evenings.text.fi, grantGuides.text.fi]);

  // The house's target "mostly in place": 3 × 2 = 6, level with the evenings, which come first in the checklist.
  // The list keeps its order until asked to re-rank.
  await plan.target(house).selectOption({ label: plan.t("common:answer.level2") });
  await expect(plan.rerankButton).toBeVisible();
  expect(await plan.topItems()).toEqual([house.text.fi, evenings.text.fi, grantGuides.text.fi]);
  await plan.rerankButton.click();
  await expect(plan.topPriorities.locator(".top-item")).toHaveText([
    evenings.text.fi,
    house.text.fi,
    grantGuides.text.fi,
  ]);

  // Keyboard only: open the form from the suggestion, keep its text, name a role, save with Enter.
  await plan.addActionButton(evenings).focus();
  await page.keyboard.press("Enter");
  await expect(plan.whatField).toBeFocused();
  await expect(plan.whatField).toHaveValue(evenings.suggestion.fi);
  await page.keyboard.press("Tab");
  await expect(plan.responsibleField).toBeFocused();
  await page.keyboard.type("järjestöyhdyshenkilö");
  await page.keyboard.press("Enter");
  await expect(plan.addForm).toHaveCount(0);
  await expect(plan.addActionButton(evenings)).toBeFocused();
  const action = plan.action(evenings.suggestion.fi);
  await expect(action).toContainText("järjestöyhdyshenkilö");
  await expect(action).toContainText(evenings.text.fi);

  const expectedAction = {
    id: "action-1",
    what: evenings.suggestion.fi,
    responsible: "järjestöyhdyshenkilö",
    status: "planned",
    itemId: evenings.id,
  };
  const details = new DetailsPage(page, "fi");
  await details.goto();
  const [download] = await Promise.all([page.waitForEvent("download"), details.exportButton.click()]);
  const exported = await readFile(await download.path(), "utf8");
  const file = JSON.parse(exported);
  expect(file.actions).toEqual([expectedAction]);
  expect(file.targets).toEqual({ [house.id]: 2 });

  // Start afresh: the plan is gone with the answers.
  const start = new StartPage(page, "fi");
  await start.goto();
  await start.startNew();
  await plan.goto();
  await expect(plan.page.getByText(plan.t("plan:actions.empty"))).toBeVisible();
  expect((await savedAssessment(plan))?.actions).toEqual([]);

  // The file brings it all back.
  await start.goto();
  // Nothing answered in the fresh start: the file opens without asking to replace it.
  await start.importFile(download.suggestedFilename(), exported);
  await expect(details.heading).toHaveText(details.t("assessment:details.title"));
  await plan.goto();
  await expect(plan.action(evenings.suggestion.fi)).toContainText("järjestöyhdyshenkilö");
  await expect(plan.target(house)).toHaveValue("2");
  expect((await savedAssessment(plan))?.actions).toEqual([expectedAction]);
});

test("changing a target with the keyboard keeps the card under the focused select", async ({
  context,
  page,
}) => {
  await seedStorage(context, persistedState(sampleAssessment(), "fi"));
  const plan = new PlanPage(page, "fi");
  await plan.goto();
  const opened = await plan.cardItems();
  // The first card ranks highest in its theme; a target one level up drops it below its neighbours.
  const first = plan.allSuggestions
    .getByRole("combobox", { name: plan.t("plan:suggestion.targetLabel") })
    .first();
  await first.focus();
  await page.keyboard.press("ArrowDown");
  await expect(plan.rerankButton).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await expect(first).toBeFocused();
  await expect(first).toBeInViewport();
  const focusedCard = await page.evaluate(
    () => document.activeElement?.closest("article")?.querySelector("h4")?.textContent,
  );
  expect(focusedCard).toBe(opened[0]);
  expect(await plan.cardItems()).toEqual(opened);
  expect((await readSavedAssessment(page))?.targets).not.toEqual({});
});

test("the table of contents moves focus to the action plan, by keyboard", async ({ context, page }) => {
  await seedStorage(context, persistedState(sampleAssessment(), "fi"));
  const plan = new PlanPage(page, "fi");
  await plan.goto();
  await plan.contentsButton("actions.heading").focus();
  await page.keyboard.press("Enter");
  const heading = page.getByRole("heading", { level: 2, name: plan.t("plan:actions.heading") });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
});

test("the actions sort by due date and filter by status, by keyboard", async ({ context, page }) => {
  const action = (id: string, what: string, status: "planned" | "underway" | "done", due?: string) => ({
    id,
    what,
    responsible: "hyvinvointikoordinaattori",
    status,
    ...(due ? { due } : {}),
  });
  const assessment = {
    ...sampleAssessment(),
    actions: [
      action("a-late", "Päivitetään avustusohje", "planned", "2027-09-30"),
      action("a-undated", "Kootaan tilalista", "underway"),
      action("a-early", "Nimetään järjestöyhdyshenkilö", "planned", "2027-02-28"),
    ],
  };
  await seedStorage(context, persistedState(assessment, "fi"));
  const plan = new PlanPage(page, "fi");
  await plan.goto();
  await expect
    .poll(() => plan.actionNames())
    .toEqual(["Päivitetään avustusohje", "Kootaan tilalista", "Nimetään järjestöyhdyshenkilö"]);

  await plan.actionView("sort").focus();
  await plan.actionView("sort").selectOption({ label: plan.t("plan:actions.view.sortBy.due") });
  await expect
    .poll(() => plan.actionNames())
    .toEqual(["Nimetään järjestöyhdyshenkilö", "Päivitetään avustusohje", "Kootaan tilalista"]);

  await page.keyboard.press("Tab");
  await expect(plan.actionView("status")).toBeFocused();
  await plan.actionView("status").selectOption({ label: plan.t("common:plan.actionStatus.underway") });
  await expect.poll(() => plan.actionNames()).toEqual(["Kootaan tilalista"]);
  await expect(page.getByText(plan.t("plan:actions.view.shown", { shown: 1, total: 3 }))).toBeVisible();
  await expectNoViolations(plan.page, "plan, filtered actions (fi)");

  await page.getByRole("button", { name: plan.t("plan:actions.view.clear") }).click();
  await expect.poll(() => plan.actionNames()).toHaveLength(3);
  // Clearing returns every control to its default.
  await expect(plan.actionView("sort")).toHaveValue("added");
});

for (const language of ["fi", "sv", "en"] as const satisfies readonly Language[]) {
  test(`axe finds nothing on the plan with content (${language})`, async ({ context, page }) => {
    const assessment = {
      ...sampleAssessment(),
      targets: { [house.id]: 2 as const },
      actions: [
        {
          id: "action-1",
          what: liaisonKnown.suggestion[language],
          responsible: "hyvinvointikoordinaattori",
          due: "2027-04-30",
          status: "underway" as const,
          itemId: liaisonKnown.id,
        },
      ],
    };
    await seedStorage(context, persistedState(assessment, language));
    const plan = new PlanPage(page, language);
    await plan.goto();
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    await expect(plan.action(liaisonKnown.suggestion[language])).toBeVisible();
    // The phase grouping cites its source; an open form and open practice cards are checked too.
    await plan.grouping("byPhase").check();
    await plan.suggestion(liaisonKnown).locator("summary").click();
    await plan.newActionButton.click();
    await expect(plan.addForm).toBeVisible();
    await expectNoViolations(plan.page, `plan (${language})`);
  });
}

test("axe finds nothing on the plan before an assessment is started", async ({ page }) => {
  const plan = new PlanPage(page, "fi");
  await plan.goto();
  await expect(page.getByRole("link", { name: plan.t("plan:empty.start") })).toBeVisible();
  await expectNoViolations(plan.page, "plan, empty (fi)");
});
