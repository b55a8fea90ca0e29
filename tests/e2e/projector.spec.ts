import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import type { Answer, Assessment } from "../../src/domain/assessment";
import { toAssessmentFile } from "../../src/domain/assessment-file";
import enProjector from "../../src/i18n/locales/en/projector.json" with { type: "json" };
import enWorkshop from "../../src/i18n/locales/en/workshop.json" with { type: "json" };
import fiProjector from "../../src/i18n/locales/fi/projector.json" with { type: "json" };
import fiWorkshop from "../../src/i18n/locales/fi/workshop.json" with { type: "json" };
import svProjector from "../../src/i18n/locales/sv/projector.json" with { type: "json" };
import svWorkshop from "../../src/i18n/locales/sv/workshop.json" with { type: "json" };
import { AppShell } from "./pages/app-shell";
import { enabledInput } from "./pages/enabled-input";
import { expectNoViolations } from "./support/axe";
import { checklist } from "./support/checklist";
import { tabTo } from "./support/keyboard";

test.describe.configure({ mode: "parallel" });

const TEXTS = {
  fi: { projector: fiProjector, workshop: fiWorkshop },
  sv: { projector: svProjector, workshop: svWorkshop },
  en: { projector: enProjector, workshop: enWorkshop },
} as const;

function firstOf<T>(list: readonly T[]): T {
  const [first] = list;
  if (first === undefined) throw new Error("the shipped checklist has lost its first theme or item");
  return first;
}
const firstTheme = firstOf(checklist.themes);
const firstItem = firstOf(firstTheme.items);
/** The overview, each theme and each item. */
const SLIDES = 1 + checklist.themes.length + checklist.themes.flatMap((theme) => theme.items).length;
const NOTE = "Yhdistysilta kahdesti vuodessa.";

function member(index: number, municipality: string, code: string, answer: Answer): Assessment {
  return {
    id: `projector-e2e-${index}`,
    createdAt: "2026-11-23T12:00:00.000Z",
    checklist: { id: checklist.id, version: checklist.version },
    meta: {
      municipality,
      municipalityCode: code,
      year: 2026,
      respondentRole: "municipality",
      date: "2026-11-23",
    },
    answers: { [firstItem.id]: answer },
    targets: {},
    actions: [],
    calendar: [],
    updatedAt: "2026-11-23T12:00:00.000Z",
  };
}

// Item 1.1: levels 3, 2, 3, one don't know, one not applicable. So n = 3 (levels only), median 3;
// fully in place: Masku and Parainen (Finnish name order), mostly: Turku.
const MEMBERS = [
  member(1, "Parainen", "445", { kind: "level", level: 3, note: NOTE }),
  member(2, "Turku", "853", { kind: "level", level: 2 }),
  member(3, "Kemiönsaari", "322", { kind: "dontKnow" }),
  member(4, "Koski Tl", "284", { kind: "notApplicable", reason: "Ei koske meitä." }),
  member(5, "Masku", "481", { kind: "level", level: 3 }),
];

/** Creates the workshop and picks the five files on its page, as a coordinator does. */
async function seedWorkshop(page: Page, language: keyof typeof TEXTS): Promise<void> {
  let app = new AppShell(page, "fi");
  await app.open("/");
  if (language !== "fi") app = await app.switchLanguage(language);
  const texts = TEXTS[language].workshop;
  await app.open("/workshops");
  await page.getByLabel(texts.create.label).fill("Varsinais-Suomi 2026");
  await page.getByRole("button", { name: texts.create.submit }).click();
  await page.waitForURL(/#\/workshops\/[^/]+$/);
  await enabledInput(page, texts.add.files).setInputFiles(
    MEMBERS.map((assessment) => ({
      name: `${assessment.meta.municipality}.json`,
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(toAssessmentFile(assessment))),
    })),
  );
  await expect(page.locator("table.member-table tbody tr")).toHaveCount(MEMBERS.length);
}

/** Opens projector mode from the workshop page's link, by keyboard. */
async function present(page: Page, language: keyof typeof TEXTS): Promise<string> {
  const workshopUrl = page.url();
  await tabTo(page, page.getByRole("link", { name: TEXTS[language].workshop.view.present }), { limit: 80 });
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/present$/);
  await expect(slideHeading(page)).toHaveText(TEXTS[language].projector.overview.title);
  return workshopUrl;
}

/** The projector's own promise beyond AA: every text on the stage at 7:1 or more (WCAG 1.4.6). */
async function expectEnhancedContrast(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .include(".projector")
    .withRules(["color-contrast-enhanced"])
    .analyze();
  expect(violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(" ")))).toEqual([]);
}

const slideHeading = (page: Page) => page.getByRole("heading", { level: 2 }).first();
const position = (page: Page) => page.locator(".projector-position");

test("projector mode by keyboard alone: slides, counts, who has it, notes, full screen, Esc", async ({
  context,
  page,
}) => {
  const t = fiProjector;
  await seedWorkshop(page, "fi");
  const workshopUrl = await present(page, "fi");

  // Offline from here on: the slides need nothing from the network.
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await context.setOffline(true);

  await expect(position(page)).toHaveText(`${t.controls.slide} 1 / ${SLIDES}`);
  await page.keyboard.press("ArrowRight");
  await expect(slideHeading(page)).toHaveText(firstTheme.title.fi);
  await expect(page.locator("[aria-live='polite']").filter({ hasText: firstTheme.title.fi })).toHaveText(
    `Dia 2 / ${SLIDES}: ${firstTheme.title.fi}`,
  );
  await page.keyboard.press("PageDown");
  await expect(slideHeading(page)).toHaveText(`1.1 ${firstItem.text.fi}`);

  const counts = page.getByRole("table", { name: t.item.levelsCaption });
  const count = (answer: string) =>
    counts
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: answer, exact: true }) })
      .getByRole("cell");
  await expect(count("Täysin käytössä")).toHaveText("2");
  await expect(count("Pääosin käytössä")).toHaveText("1");
  await expect(count("Ei käytössä")).toHaveText("0");
  await expect(count("En tiedä")).toHaveText("1");
  await expect(count("Ei sovellu meille")).toHaveText("1");
  await expect(page.getByText("3 vastasi tasolla, mediaani 3.")).toBeVisible();
  const who = page.getByRole("region", { name: t.item.whoHas });
  await expect(who.getByRole("listitem")).toHaveText(["Masku", "Parainen", "Turku"]);

  // Notes stay hidden until the presenter turns them on.
  await expect(page.getByText(NOTE)).toHaveCount(0);
  await tabTo(page, page.getByRole("checkbox", { name: t.controls.notes }));
  await page.keyboard.press("Space");
  await expect(who.getByText(`Muistiinpano: ${NOTE}`)).toBeVisible();

  await page.keyboard.press("ArrowLeft");
  await expect(slideHeading(page)).toHaveText(firstTheme.title.fi);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("PageUp");
  await expect(position(page)).toHaveText(`${t.controls.slide} 1 / ${SLIDES}`);
  await page.keyboard.press("End");
  await expect(position(page)).toHaveText(`${t.controls.slide} ${SLIDES} / ${SLIDES}`);
  await page.keyboard.press("Home");
  await expect(slideHeading(page)).toHaveText(t.overview.title);
  expect(requests).toEqual([]);
  await context.setOffline(false);

  // Full screen from its button; the first Esc leaves full screen only, the second leaves projector mode.
  await tabTo(page, page.getByRole("button", { name: t.controls.fullscreen }));
  await page.keyboard.press("Enter");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.className)).toBe("projector");
  await page.keyboard.press("Escape");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  await expect(slideHeading(page)).toHaveText(t.overview.title);
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(workshopUrl);
});

for (const language of ["fi", "sv", "en"] as const) {
  test(`axe finds nothing on the overview and an item slide with notes (${language})`, async ({ page }) => {
    const t = TEXTS[language].projector;
    await seedWorkshop(page, language);
    await present(page, language);
    await expectNoViolations(page, `projector overview (${language})`);
    await expectEnhancedContrast(page);
    await page.keyboard.press("ArrowRight");
    await expectNoViolations(page, `projector theme (${language})`);
    await page.keyboard.press("ArrowRight");
    await page.getByRole("checkbox", { name: t.controls.notes }).check();
    const who = page.getByRole("region", { name: t.item.whoHas });
    // Swedish names in sv, in the same order (Finnish name order).
    const names = language === "sv" ? ["Masku", "Pargas", "Åbo"] : ["Masku", "Parainen", "Turku"];
    await expect(who.getByRole("listitem")).toHaveText(names.map((name) => new RegExp(`^${name}`)));
    await expectNoViolations(page, `projector item with notes (${language})`);
    await expectEnhancedContrast(page);
  });
}

test("projector mode of a workshop this browser does not have says so and links back", async ({ page }) => {
  const app = new AppShell(page, "fi");
  await app.open("/workshops/no-such-workshop/present");
  await expect(app.heading).toHaveText(fiProjector.page.notFound);
  await expect(page.getByRole("link", { name: fiProjector.page.backToList })).toHaveAttribute(
    "href",
    "#/workshops",
  );
  await expectNoViolations(page, "projector, no such workshop (fi)");
});
