import { expect, test } from "@playwright/test";
import type { Language } from "../../src/domain/localized";
import { DEFAULT_CALENDAR } from "../../src/domain/plan";
import { AnnualClockPage } from "./pages/annual-clock-page";
import { expectNoViolations } from "./support/axe";
import { persistedState, sampleAssessment } from "./support/checklist";
import { seedStorage } from "./support/storage";

test.describe.configure({ mode: "parallel" });

/** The defaults, one event over New Year and two actions, one of them without a due date. */
function clockAssessment() {
  return {
    ...sampleAssessment(),
    calendar: [
      ...DEFAULT_CALENDAR,
      { id: "event-1", title: "Kulttuuriavustukset", month: 11, endMonth: 2, note: "Haku verkossa" },
    ],
    actions: [
      {
        id: "action-1",
        what: "Avustusohjeet selkokielisiksi",
        responsible: "hyte-koordinaattori",
        due: "2027-03-15",
        status: "underway" as const,
      },
      { id: "action-2", what: "Järjestöagentit mukaan", responsible: "", status: "planned" as const },
    ],
  };
}

test("adds an event by keyboard, and it is still in its month after a reload", async ({ context, page }) => {
  await seedStorage(context, persistedState(clockAssessment(), "fi"));
  const clock = new AnnualClockPage(page, "fi");
  await clock.goto();

  await clock.tabTo(clock.addButton);
  await page.keyboard.press("Enter");
  await expect(clock.titleField).toBeFocused();
  await page.keyboard.type("Kylän markkinat");
  await page.keyboard.press("Tab");
  await expect(clock.monthField).toBeFocused();
  // A closed select takes type-ahead: "Elo" picks Elokuu.
  await page.keyboard.type("Elo");
  await expect(clock.monthField).toHaveValue("8");
  await clock.tabTo(clock.addForm.getByRole("button", { name: clock.t("annualClock:form.add") }));
  await page.keyboard.press("Enter");

  await expect(clock.month(8)).toContainText("Kylän markkinat");
  await expect(clock.editButton("Kylän markkinat")).toBeFocused();
  await page.reload();
  await clock.heading.waitFor();
  await expect(clock.month(8)).toContainText("Kylän markkinat");
  await expect(clock.month(4)).toContainText(
    clock.t("common:plan.calendarTemplate.springAssociationEvening"),
  );
});

for (const language of ["fi", "sv", "en"] as const satisfies readonly Language[]) {
  test(`axe finds nothing on the annual clock (${language})`, async ({ context, page }) => {
    await seedStorage(context, persistedState(clockAssessment(), language));
    const clock = new AnnualClockPage(page, language);
    await clock.goto();
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    await expect(clock.month(3)).toContainText("Avustusohjeet selkokielisiksi");
    await expectNoViolations(page, `annual clock (${language})`);

    // The form with its errors shown, and an event being edited in its month.
    await clock.addButton.click();
    await clock.addForm.getByRole("button", { name: clock.t("annualClock:form.add") }).click();
    await expect(clock.titleField).toHaveAttribute("aria-invalid", "true");
    await clock.editButton("Kulttuuriavustukset").click();
    await expectNoViolations(page, `annual clock with forms open (${language})`);
  });
}

test("axe finds nothing on the annual clock without an assessment", async ({ page }) => {
  const clock = new AnnualClockPage(page, "fi");
  await clock.goto();
  await expect(page.getByRole("link", { name: clock.t("annualClock:noAssessment.start") })).toBeVisible();
  await expectNoViolations(page, "annual clock, no assessment (fi)");
});
