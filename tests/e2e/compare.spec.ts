import { expect, test } from "@playwright/test";
import { allItems } from "../../src/domain/checklist-lookup";
import type { Language } from "../../src/domain/localized";
import { ComparePage } from "./pages/compare-page";
import { ResultsPage } from "./pages/results-page";
import { checklist, item, persistedState, sampleAssessment } from "./support/checklist";
import { seedStorage } from "./support/storage";

const evenings = item("association-evenings-twice-a-year");
const representatives = item("representative-body-of-associations");

// A few answers: association evenings only started, where Koski Tl holds them twice a year.
const answers = {
  [evenings.id]: { kind: "level", level: 1 },
  "committed-leadership": { kind: "level", level: 3 },
  "association-house-free-of-charge": { kind: "level", level: 0 },
  // Against Koski Tl's "not applicable", whose reason is shown in the reader's language.
  [representatives.id]: { kind: "level", level: 0 },
} as const;

const KOSKI_QUOTE = "Kunta järjestää yhdistysiltoja vähintään kaksi kertaa vuodessa.";
const CARD = { fi: "Hyvinvointihytinät", sv: "Hyvinvointihytinät – diskussionskvällar om välfärd" } as const;
// Koski Tl has a Swedish name of its own.
const KOSKI = { fi: "Koski Tl", sv: "Koskis" } as const;
const KOSKI_REASON = {
  fi: "Perustelu: Koska hyvinvointikoordinaattori tuntee jokaisen toimijan henkilökohtaisesti",
  sv: "Motivering: Eftersom välfärdskoordinatorn känner varje aktör personligen",
} as const;

for (const language of ["fi", "sv"] as const satisfies readonly Language[]) {
  test(`compares with Koski Tl from the main menu (${language})`, async ({ context, page }) => {
    await seedStorage(context, persistedState(sampleAssessment({ ...answers }), language));
    const compare = new ComparePage(page, language);
    await compare.open("/");
    await compare.navLink("compare").click();
    await expect(compare.heading).toHaveText(compare.t("compare:page.title"));
    await expect(compare.example(KOSKI[language])).toBeChecked();

    const item = compare.item(evenings);
    await expect(item).toContainText(compare.difference("theyHaveYouLack"));
    // The source's own words stay Finnish in every language, marked as Finnish and labelled as a quote.
    const quote = item.getByRole("figure", { name: compare.t("compare:items.quote") });
    await expect(quote.locator("blockquote[lang='fi']")).toHaveText(KOSKI_QUOTE);
    await expect(compare.item(representatives)).toContainText(KOSKI_REASON[language]);
    await expect(item.getByRole("article", { name: CARD[language], exact: true })).toBeVisible();

    await compare.onlyDifferences.check();
    // The status counts the shown items out of all of them.
    const total = allItems(checklist).length;
    await expect(page.getByRole("status").filter({ hasText: new RegExp(`\\b${total}\\b`) })).toBeVisible();
    await expect(item).toBeVisible();
  });
}

test("a weak item in the results opens the comparison at that item", async ({ context, page }) => {
  await seedStorage(context, persistedState(sampleAssessment({ ...answers }), "fi"));
  const results = new ResultsPage(page, "fi");
  await results.goto();
  // The links load as their section approaches the viewport.
  await page
    .getByRole("heading", { level: 2, name: results.t("results:rankings.heading") })
    .scrollIntoViewIfNeeded();
  await page.getByRole("link", { name: /^Vertaa: Koski Tl – Kunta kutsuu eri alojen/ }).click();
  const compare = new ComparePage(page, "fi");
  await expect(page).toHaveURL(/#\/compare\/item\/association-evenings-twice-a-year$/);
  await expect(compare.item(evenings)).toBeFocused();
  await expect(compare.item(evenings).getByRole("article", { name: CARD.fi, exact: true })).toBeVisible();
});
