import { expect, test } from "@playwright/test";
import type { Answer } from "../../src/domain/assessment";
import { scoreAssessment } from "../../src/domain/scoring";
import { formatPercent, formatScore } from "../../src/ui/format";
import { DetailsPage } from "./pages/details-page";
import { ResultsPage } from "./pages/results-page";
import { StartPage } from "./pages/start-page";
import { ThemePage } from "./pages/theme-page";
import { checklist } from "./support/checklist";
import { readSavedAssessment } from "./support/storage";

const LEVEL_CYCLE = [3, 2, 1, 0] as const;
const DONT_KNOW = new Set([
  "volunteer-agent-paired-with-liaison",
  "joint-marketing-with-neighbouring-municipalities",
]);
/** Koski Tl has no representative body by design: it is small enough that everyone knows each other. */
const NOT_APPLICABLE: Record<string, string> = {
  "representative-body-of-associations": "Kunta on niin pieni, että kaikki tuntevat toisensa.",
};

/** The known answer set: levels 3, 2, 1, 0 in turn over all items in checklist order, with three exceptions. */
function plannedAnswers(): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  checklist.themes
    .flatMap((theme) => theme.items)
    .forEach((item, index) => {
      const reason = NOT_APPLICABLE[item.id];
      if (reason !== undefined) answers[item.id] = { kind: "notApplicable", reason };
      else if (DONT_KNOW.has(item.id)) answers[item.id] = { kind: "dontKnow" };
      else answers[item.id] = { kind: "level", level: LEVEL_CYCLE[index % 4] ?? 0 };
    });
  return answers;
}

test("answer every item in Finnish, reload, then read the scores in Swedish", async ({ page }) => {
  test.slow(); // 55 items, each saved to the database as it is answered
  const planned = plannedAnswers();
  const allIds = checklist.themes.flatMap((theme) => theme.items.map((item) => item.id));
  for (const id of [...DONT_KNOW, ...Object.keys(NOT_APPLICABLE)])
    expect(allIds, `checklist item ${id}`).toContain(id);

  const start = new StartPage(page, "fi");
  await start.goto();
  await expect(page.locator("html")).toHaveAttribute("lang", "fi");
  await start.startNew();

  const details = new DetailsPage(page, "fi");
  await details.fillDetails("Koski Tl", "association");

  const themePage = new ThemePage(page, "fi");
  const [firstTheme] = checklist.themes;
  if (!firstTheme) throw new Error("the checklist has no themes");
  await details.themeLink(firstTheme.title.fi).click();
  for (const [index, theme] of checklist.themes.entries()) {
    await expect(themePage.heading).toHaveText(theme.title.fi);
    for (const [position, item] of theme.items.entries()) {
      await themePage.answer(item, position + 1, planned[item.id] as Answer);
    }
    const next = checklist.themes[index + 1];
    await (next ? themePage.nextThemeLink(next) : themePage.resultsLink).click();
  }
  await expect(start.heading).toHaveText(start.t("results:page.title"));

  // Everything the user answered is saved, exactly.
  const saved = await readSavedAssessment(page);
  expect(saved?.answers).toEqual(planned);
  expect(saved?.meta).toMatchObject({
    municipality: "Koski Tl",
    respondentRole: "association",
  });

  // After a reload the form shows the saved answers again.
  await page.reload();
  await themePage.goto(firstTheme);
  for (const [position, item] of firstTheme.items.entries()) {
    const answer = planned[item.id] as Answer;
    await expect(themePage.choice(item, position + 1, answer), item.id).toBeChecked();
    if (answer.kind === "notApplicable")
      await expect(themePage.reason(item, position + 1)).toHaveValue(answer.reason);
  }
  await details.goto();
  await expect(details.municipality).toHaveValue("Koski Tl");
  await expect(details.role("association")).toBeChecked();

  // Swedish from here on.
  const shell = await details.switchLanguage("sv");
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await shell.navLink("results").click();
  const results = new ResultsPage(page, "sv");
  await expect(results.heading).toHaveText("Resultat");
  await expect(results.scoreTable).toBeVisible();

  const expected = scoreAssessment(checklist, planned);
  /*
   * Hand check of the first theme, Samarbetsstrukturer (19 items, weights from the checklist):
   * answered (weight × level): 3×3, 3×2, 2×1, 1×3, 3×2, 2×1, 2×0, 2×3, 2×2, 1×1, 3×0, 1×3, 2×2, 2×1, 2×3,
   *   2×2, 1×1 = 9+6+2+3+6+2+0+6+4+1+0+3+4+2+6+4+1 = 59 level-points over weights 34;
   * left out: item 4 (don't know) and item 16 (not applicable).
   * Score = 100 × 59 / (3 × 34) = 57.84 → shown as 58; 17 of 18 applicable items answered.
   */
  expect(firstTheme.id).toBe("cooperation-structures");
  expect(expected.themes[0]?.score).toBeCloseTo((100 * 59) / 102, 10);
  await expect(results.tableScore(firstTheme.title.sv)).toHaveText("58 / 100");

  for (const themeScore of expected.themes) {
    const theme = checklist.themes.find((candidate) => candidate.id === themeScore.themeId);
    if (!theme || themeScore.score === null) throw new Error(`theme ${themeScore.themeId} has no score`);
    const score = `${formatScore(themeScore.score, "sv")} / 100`;
    await expect(results.tableScore(theme.title.sv), theme.id).toHaveText(score);
    const card = results.card(theme.title.sv);
    await expect(card).toContainText(score);
    await expect(card).toContainText(
      results.t("results:card.coverage_other", {
        scored: themeScore.scored,
        count: themeScore.applicable,
        percent: formatPercent(themeScore.coverage, "sv"),
      }),
    );
  }
  if (expected.overall.score === null) throw new Error("overall score missing");
  const overall = `${formatScore(expected.overall.score, "sv")} / 100`;
  await expect(results.tableScore(results.overallTitle)).toHaveText(overall);
  await expect(results.card(results.overallTitle)).toContainText(overall);

  // Swedish labels throughout: the band names and the who-answered line come from the sv texts.
  await expect(results.card(results.overallTitle)).toContainText(
    results.t("results:card.band", {
      band: results.t(`common:band.${expected.overall.band ?? "beginning"}`),
    }),
  );
  await expect(results.main).toContainText(results.t("common:role.association"));
  await expect(results.navLink("method")).toHaveText("Så räknas poängen");
});
