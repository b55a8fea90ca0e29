import { expect, test } from "@playwright/test";
import type { Answer } from "../../src/domain/assessment";
import { allItems } from "../../src/domain/checklist-lookup";
import { migrateAnswers, migrationSummary } from "../../src/domain/checklist-migration";
import type { Language } from "../../src/domain/localized";
import { STORED_FORMAT_VERSION } from "../../src/domain/stored-record";
import { AppShell } from "./pages/app-shell";
import { expectNoViolations } from "./support/axe";
import {
  sampleAnswers,
  sampleAssessment,
  checklistV100 as v100,
  checklist as v110,
} from "./support/checklist";
import { readSavedAssessment, seedDatabase } from "./support/storage";

test.describe.configure({ mode: "parallel" });

const old = sampleAssessment(sampleAnswers(v100), v100);
const expected = migrateAnswers(old, [v110]);
const summary = migrationSummary(expected, v110);

test.beforeEach(async ({ context }) => {
  await seedDatabase(
    context,
    { [old.id]: { id: old.id, revision: 1, formatVersion: STORED_FORMAT_VERSION, assessment: old } },
    { openAssessmentId: old.id },
  );
});

for (const language of ["fi", "sv"] as const satisfies Language[]) {
  test(`a 1.0.0 assessment moves to 1.1.0 only when accepted, every answer carried or marked to check (${language})`, async ({
    page,
  }) => {
    const shell = new AppShell(page, language);
    const t = shell.t;
    await shell.open("/");
    if (language !== "fi") await shell.languageButton(language).click();
    const notice = page.getByText(t("common:newerChecklist.text", { version: "1.1.0", current: "1.0.0" }));
    await expect(notice).toBeVisible();
    await page.getByRole("link", { name: t("common:newerChecklist.link") }).click();
    await expect(shell.heading).toHaveText(t("versions:page.title"));
    const move = page.getByRole("region", { name: t("versions:update.title", { version: "1.1.0" }) });
    await expect(
      move.getByRole("heading", { name: t("versions:update.toCheck", { count: summary.toCheck.length }) }),
    ).toBeVisible();
    await expect(
      move.getByRole("heading", { name: t("versions:update.retired", { count: summary.retired.length }) }),
    ).toBeVisible();
    await expect(
      move.getByText(t("versions:update.carried", { count: summary.carried.length })),
    ).toBeVisible();
    await expect(move.getByText(v110.changes?.log[language] ?? "")).toBeVisible();
    await expectNoViolations(page, `versions page before moving (${language})`);
    // Nothing is changed by looking.
    expect((await readSavedAssessment(page))?.checklist.version).toBe("1.0.0");

    await move.getByRole("button", { name: t("versions:update.accept", { version: "1.1.0" }) }).click();
    await expect(page.getByRole("status").filter({ hasText: "1.1.0" })).toContainText(
      t("versions:update.accepted", { version: "1.1.0", count: summary.toCheck.length }),
    );
    await expect(notice).toHaveCount(0);
    await expect.poll(async () => (await readSavedAssessment(page))?.checklist.version).toBe("1.1.0");
    const saved = await readSavedAssessment(page);
    if (!saved) throw new Error("no saved assessment");
    const present = new Set(allItems(v110).map((item) => item.id));
    for (const [id, answer] of Object.entries(old.answers) as [string, Answer][]) {
      if (present.has(id)) {
        expect(saved.answers[id], id).toEqual(answer);
      } else {
        // Retired: kept in the history, and every item that took its place is marked to check.
        expect(saved.retiredAnswers?.[id]?.answer, id).toEqual(answer);
        const successors = Object.entries(saved.review ?? {}).filter(([, review]) =>
          review.from.includes(id),
        );
        const removed = v110.changes?.items.some(
          (change) => change.change === "removed" && change.item === id,
        );
        expect(successors.length > 0 || removed, `${id} is carried or removed`).toBe(true);
      }
    }
    expect(Object.keys(saved.review ?? {}).sort()).toEqual([...summary.toCheck].sort());

    await expectNoViolations(page, `versions page after moving (${language})`);
    await page.getByRole("link", { name: t("versions:update.firstToCheck") }).click();
    const mark = page.locator(".review-mark").first();
    await expect(mark).toContainText(t("review:review.title"));
    await expectNoViolations(page, `theme page with items to check (${language})`);
    const before = await page.locator(".review-mark").count();
    await mark.getByRole("button", { name: t("review:review.checked") }).click();
    await expect(page.locator(".review-mark")).toHaveCount(before - 1);
  });
}

test("the versions page shows the difference between 1.0.0 and 1.1.0 in Swedish, with axe finding nothing", async ({
  page,
}) => {
  const shell = new AppShell(page, "sv");
  await shell.open("/versions");
  await shell.languageButton("sv").click();
  const diff = page.getByRole("region", { name: shell.t("versions:diff.title") });
  await expect(diff.getByLabel(shell.t("versions:diff.from"))).toHaveValue("1.0.0");
  await expect(diff.getByLabel(shell.t("versions:diff.to"))).toHaveValue("1.1.0");
  const split = v110.changes?.items.find((change) => change.change === "split");
  if (split?.change !== "split") throw new Error("1.1.0 splits items");
  const oldText = allItems(v100).find((item) => item.id === split.from)?.text.sv ?? "";
  await expect(diff.getByText(oldText, { exact: false }).first()).toBeVisible();
  await expectNoViolations(page, "versions page, difference (sv)");
});
