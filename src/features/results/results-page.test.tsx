import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../../tests/render-app";
import type { Answer, Assessment } from "../../domain/assessment";
import type { Language } from "../../domain/localized";
import { assessmentWith, KOSKI_ANSWERS, PIENI_KUNTA_ANSWERS, RESULTS_CHECKLIST } from "./results-fixture";
import ResultsPage from "./results-page";

/**
 * Targets at each answer's own level: nothing left to reach, so no target figures. Without them every item
 * below "fully in place" aims there by default (the one target rule, aimOf).
 */
const AT_CURRENT = { a2: 1, b1: 2, b2: 0, c1: 2, c2: 1 } as const;

/** The real store with the fixture checklist loaded, whose figures are computed by hand. */
function renderResults(
  answers: Record<string, Answer> | null,
  language: Language = "fi",
  targets: Assessment["targets"] = {},
) {
  return renderWithApp(<ResultsPage />, {
    language,
    state: {
      assessment: answers ? { ...assessmentWith(answers), targets } : null,
      checklistRegistry: { checklists: [RESULTS_CHECKLIST], errors: [] },
    },
  });
}

function card(name: string) {
  return within(screen.getByRole("article", { name }));
}

function tableRow(tableName: string, rowName: string) {
  const table = within(screen.getByRole("table", { name: tableName }));
  return table.getByRole("row", { name: new RegExp(`^${rowName}`) });
}

describe("ResultsPage", () => {
  it("asks to start an assessment when there is none", () => {
    renderResults(null);
    expect(screen.getByRole("heading", { level: 1, name: "Tulokset" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Aloita arviointi" })).toHaveAttribute("href", "#/");
  });

  it("shows who assessed and when", () => {
    renderResults(KOSKI_ANSWERS);
    expect(screen.getByText("Koski Tl")).toBeInTheDocument();
    expect(screen.getByText("2026")).toBeInTheDocument();
    // "Kunta" is both the label and the respondent role.
    expect(screen.getAllByText("Kunta")).toHaveLength(2);
    expect(screen.getByText("23. marraskuuta 2026")).toBeInTheDocument();
  });

  it("shows the hand-computed overall and theme scores", () => {
    renderResults(KOSKI_ANSWERS);

    const overall = card("Kokonaistulos");
    expect(overall.getByText("53 / 100")).toBeInTheDocument();
    expect(overall.getByText("Taso: Vakiintunut")).toBeInTheDocument();
    expect(overall.getByText("Pisteytetty 6 / 7 soveltuvasta kohdasta (86 %)")).toBeInTheDocument();
    expect(overall.queryByText("Alustava")).not.toBeInTheDocument();

    const cooperation = card("Yhteistyörakenteet");
    expect(cooperation.getByText("83 / 100")).toBeInTheDocument();
    expect(cooperation.getByText("Taso: Edelläkävijä")).toBeInTheDocument();
    expect(cooperation.getByText("Pisteytetty 2 / 3 soveltuvasta kohdasta (67 %)")).toBeInTheDocument();
    expect(
      cooperation.getByText("1 kohta ei sovellu, ja se on jätetty laskennan ulkopuolelle."),
    ).toBeInTheDocument();
    // Every item has an answer ("don't know" too), though only 2 of 3 applicable are scored: nothing to answer.
    expect(
      cooperation.getByRole("link", { name: "Katso teeman vastaukset – Yhteistyörakenteet" }),
    ).toHaveAttribute("href", "#/assessment/theme/yhteistyo");
    expect(cooperation.queryByRole("link", { name: /Vastaa teeman kohtiin/ })).not.toBeInTheDocument();

    expect(card("Tukikeinot").getByText("33 / 100")).toBeInTheDocument();
    expect(card("Tukikeinot").getByText("Taso: Kehittymässä")).toBeInTheDocument();
    expect(card("Tilat ja avustukset").getByText("42 / 100")).toBeInTheDocument();
    expect(
      card("Tilat ja avustukset").getByText("Pisteytetty 2 / 2 soveltuvasta kohdasta (100 %)"),
    ).toBeInTheDocument();
  });

  it("gives every method link a distinct accessible name", () => {
    renderResults(KOSKI_ANSWERS);
    const links = screen.getAllByRole("link", { name: /^Miten tämä lasketaan\?/ });
    expect(links).toHaveLength(4);
    for (const name of ["Kokonaistulos", "Yhteistyörakenteet", "Tukikeinot", "Tilat ja avustukset"]) {
      expect(screen.getByRole("link", { name: `Miten tämä lasketaan? – ${name}` })).toHaveAttribute(
        "href",
        "#/results/method",
      );
    }
  });

  it("marks scores provisional when fewer than half of the applicable items are scored", () => {
    renderResults(PIENI_KUNTA_ANSWERS);

    const cooperation = card("Yhteistyörakenteet");
    expect(cooperation.getByText("67 / 100")).toBeInTheDocument();
    expect(cooperation.getByText("Alustava")).toBeInTheDocument();
    expect(cooperation.getByText("Pisteytetty 1 / 4 soveltuvasta kohdasta (25 %)")).toBeInTheDocument();
    expect(cooperation.getByText(/Alle puolet soveltuvista kohdista on pisteytetty/)).toBeInTheDocument();
    expect(
      cooperation.getByRole("link", { name: "Vastaa teeman kohtiin – Yhteistyörakenteet" }),
    ).toHaveAttribute("href", "#/assessment/theme/yhteistyo");

    const overall = card("Kokonaistulos");
    expect(overall.getByText("56 / 100")).toBeInTheDocument();
    expect(overall.getByText("Alustava")).toBeInTheDocument();

    expect(card("Tukikeinot").queryByText("Alustava")).not.toBeInTheDocument();
    expect(card("Tilat ja avustukset").getByText("0 / 100")).toBeInTheDocument();
    expect(tableRow("Pisteet teemoittain", "Yhteistyörakenteet")).toHaveTextContent("67 / 100 (alustava)");
  });

  it("leaves the overall score out until every theme has an answer", () => {
    renderResults({ a1: KOSKI_ANSWERS.a1, b1: KOSKI_ANSWERS.b1 });

    expect(
      card("Kokonaistulos").getByText(
        "Ei vielä laskettu: jokaisessa teille soveltuvassa teemassa on oltava vähintään yksi pisteytetty kohta.",
      ),
    ).toBeInTheDocument();
    expect(
      card("Tilat ja avustukset").getByText(
        "Ei vielä laskettu: tämän teeman yhtäkään kohtaa ei ole vielä pisteytetty.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/Kaavio näytetään, kun jokaisella teemalla on pisteet/)).toBeInTheDocument();
    expect(screen.queryByRole("img")).not.toBeInTheDocument();
    expect(tableRow("Pisteet teemoittain", "Kokonaistulos")).toHaveTextContent("Ei pisteitä");
  });

  it("leaves out a theme where nothing applies, says so, and averages the other themes", () => {
    // Cooperation 83.3 and support 33.3 as in KOSKI_ANSWERS; premises c1 and c2 both N/A.
    // Overall (83.3 + 33.3) / 2 = 58.3; 4 of 5 applicable scored (80 %).
    const notApplicable = { kind: "notApplicable", reason: "Kunnalla ei ole omia tiloja." } as const;
    renderResults({ ...KOSKI_ANSWERS, c1: notApplicable, c2: notApplicable });

    const overall = card("Kokonaistulos");
    expect(overall.getByText("58 / 100")).toBeInTheDocument();
    expect(
      overall.getByText(
        "Teema Tilat ja avustukset ei ole mukana kokonaistuloksessa, koska sen kaikki kohdat on merkitty, " +
          "etteivät ne sovellu teille.",
      ),
    ).toBeInTheDocument();
    expect(
      card("Tilat ja avustukset").getByText(
        "Ei pisteitä: kaikki tämän teeman kohdat on merkitty, etteivät ne sovellu teille.",
      ),
    ).toBeInTheDocument();
    expect(tableRow("Pisteet teemoittain", "Tilat ja avustukset")).toHaveTextContent("Ei sovellu");
    // 0 of 0 is no share: never "100 % (0/0)".
    expect(tableRow("Pisteet teemoittain", "Tilat ja avustukset")).toHaveTextContent("ei soveltuvia kohtia");
    expect(tableRow("Pisteet teemoittain", "Tilat ja avustukset")).not.toHaveTextContent("(0/0)");
    expect(tableRow("Pisteet teemoittain", "Kokonaistulos")).toHaveTextContent("58 / 100");
    // Two themes on a three-axis chart would read as a zero: the table has the figures.
    expect(screen.getByText(/Kaavio näytetään, kun jokaisella teemalla on pisteet/)).toBeInTheDocument();
  });

  it("draws the theme bars with a summary and the same numbers in its table", async () => {
    renderResults(KOSKI_ANSWERS, "fi", AT_CURRENT);

    expect(tableRow("Pisteet teemoittain", "Yhteistyörakenteet")).toHaveTextContent(
      "Yhteistyörakenteet83 / 100Edelläkävijä67 % (2/3)",
    );
    expect(tableRow("Pisteet teemoittain", "Tukikeinot")).toHaveTextContent(
      "Tukikeinot33 / 100Kehittymässä100 % (2/2)",
    );
    expect(tableRow("Pisteet teemoittain", "Tilat ja avustukset")).toHaveTextContent(
      "Tilat ja avustukset42 / 100Kehittymässä100 % (2/2)",
    );
    expect(tableRow("Pisteet teemoittain", "Kokonaistulos")).toHaveTextContent(
      "Kokonaistulos53 / 100Vakiintunut86 % (6/7)",
    );

    const chart = screen.getByRole("img");
    expect(chart).toHaveAccessibleName(
      "Pylväskaavio teemojen pisteistä asteikolla 0–100: Yhteistyörakenteet 83, Tukikeinot 33 ja Tilat ja avustukset 42. Samat luvut ovat myös taulukossa.",
    );
    // One bar per theme, as long as its score, with the title and the figure above it.
    const bars = [...chart.querySelectorAll<HTMLElement>(".theme-bars-track .series-own")];
    expect(bars.map((bar) => bar.style.width)).toEqual(["83%", "33%", "42%"]);
    expect(chart.querySelector(".theme-bars-row")).toHaveTextContent("Yhteistyörakenteet83");
    // Nothing inside role="img" may take focus or carry a role of its own.
    expect(chart.querySelector("[tabindex], [role], a, button")).toBeNull();
  });

  it("lists the strongest items and the weakest with the checklist's suggestion", () => {
    renderResults(KOSKI_ANSWERS);

    const strongest = within(
      screen.getByRole("heading", { name: "Vahvimmat kohdat" }).parentElement as HTMLElement,
    );
    const strongItems = strongest.getAllByRole("listitem");
    // By score, ties to the heavier item: a1 1; b1 ⅔ (w2), c1 ⅔ (w1); c2 ⅓ (w3), a2 ⅓ (w1).
    expect(strongItems.map((li) => li.firstChild?.textContent)).toEqual([
      "Kohta a1",
      "Kohta b1",
      "Kohta c1",
      "Kohta c2",
      "Kohta a2",
    ]);
    expect(strongItems[0]).toHaveTextContent("Teema: Yhteistyörakenteet");
    expect(strongItems[0]).toHaveTextContent("Vastaus: Täysin käytössä");
    expect(strongest.queryByText(/^Ehdotus:/)).not.toBeInTheDocument();

    const weakest = within(
      screen.getByRole("heading", { name: "Mitä seuraavaksi" }).parentElement as HTMLElement,
    );
    const weakItems = weakest.getAllByRole("listitem");
    expect(weakItems.map((li) => li.firstChild?.textContent)).toEqual([
      "Kohta b2",
      "Kohta c2",
      "Kohta a2",
      "Kohta b1",
      "Kohta c1",
    ]);
    expect(weakItems[0]).toHaveTextContent("Teema: Tukikeinot");
    expect(weakItems[0]).toHaveTextContent("Vastaus: Ei käytössä");
    expect(weakItems[0]).toHaveTextContent("Ehdotus: Kehitä b2");
  });

  it("breaks each theme down item by item in checklist order", async () => {
    const user = userEvent.setup();
    renderResults(KOSKI_ANSWERS);

    const section = within(screen.getByRole("region", { name: "Yhteistyörakenteet: vastaukset kohdittain" }));
    await user.click(section.getByText("Näytä 4 kohdan vastaukset"));
    const table = within(
      section.getByRole("table", { name: "Yhteistyörakenteet: vastaukset ja pisteet kohdittain" }),
    );
    const rows = table.getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual([
      "Kohta a1",
      "Kohta a2",
      "Kohta a3",
      "Kohta a4",
    ]);
    expect(rows[0]).toHaveTextContent("Kohta a1Täysin käytössä3100 / 100Yhdistysillat keväällä ja syksyllä.");
    expect(rows[1]).toHaveTextContent("Kohta a2Aloitettu133 / 100");
    expect(rows[2]).toHaveTextContent(
      "Kohta a3Ei sovellu meille2–ei pisteitäPerustelu: Kunta on niin pieni, että kaikki tuntevat toisensa.",
    );
    expect(rows[3]).toHaveTextContent("Kohta a4En tiedä1–ei pisteitä");
  });

  it("shows the target beside the current score once targets are set", async () => {
    const user = userEvent.setup();
    // b2 0 → 3 and c2 1 → 3; a2, b1 and c1 are held at their level (without a target they would aim at
    // "fully in place"). Support (2·⅔ + 2·1)/4 = 83.3; premises (1·⅔ + 3·1)/4 = 91.7; cooperation
    // stays 83.3; overall (83.3 + 83.3 + 91.7)/3 = 86.1.
    renderResults(KOSKI_ANSWERS, "fi", { ...AT_CURRENT, b2: 3, c2: 3 });

    expect(card("Kokonaistulos").getByText("Tavoite: 86 / 100 (Edelläkävijä)")).toBeInTheDocument();
    expect(card("Tukikeinot").getByText("33 / 100")).toBeInTheDocument();
    expect(card("Tukikeinot").getByText("Tavoite: 83 / 100 (Edelläkävijä)")).toBeInTheDocument();
    expect(tableRow("Pisteet teemoittain", "Tilat ja avustukset")).toHaveTextContent(
      "Tilat ja avustukset42 / 10092 / 100",
    );
    expect(screen.getByRole("img")).toHaveAccessibleName(
      /Yhteistyörakenteet 83 \(tavoite 83\), Tukikeinot 33 \(tavoite 83\) ja Tilat ja avustukset 42 \(tavoite 92\)/,
    );
    expect(screen.getByRole("list", { name: "Kaavion selite" })).toHaveTextContent(
      "Tavoite: musta pystyviiva",
    );
    // The target marked on each theme's bar, its figure beside the current one.
    const targets = [...document.querySelectorAll<HTMLElement>(".theme-bars-track .series-target")];
    expect(targets.map((mark) => mark.style.left)).toEqual(["83%", "83%", "92%"]);
    expect(screen.getAllByRole("img")[0]?.querySelectorAll(".theme-bars-row")[2]).toHaveTextContent(
      "Tilat ja avustukset4292",
    );

    const section = within(screen.getByRole("region", { name: "Tukikeinot: vastaukset kohdittain" }));
    await user.click(section.getByText("Näytä 2 kohdan vastaukset"));
    const row = section.getByRole("row", { name: /^Kohta b2/ });
    expect(row).toHaveTextContent("Ei käytössäTavoite: Täysin käytössä");
  });

  it("leads from the weakest items to the improvement plan", () => {
    renderResults(KOSKI_ANSWERS);
    expect(screen.getByRole("link", { name: /kehittämissuunnitelma$/ })).toHaveAttribute("href", "#/plan");
  });

  it("counts the default target, fully in place, where none is set", () => {
    // Every scored item → 3: cooperation (3·1 + 1·1)/4 = 100, support and premises 100; a4 stays "don't know".
    renderResults(KOSKI_ANSWERS);
    expect(card("Kokonaistulos").getByText("Tavoite: 100 / 100 (Edelläkävijä)")).toBeInTheDocument();
    expect(card("Tukikeinot").getByText("Tavoite: 100 / 100 (Edelläkävijä)")).toBeInTheDocument();
  });

  it("shows no target figures once every answer is at its target", () => {
    renderResults(KOSKI_ANSWERS, "fi", AT_CURRENT);
    // The breakdown still names each item's target ("Tavoite: Aloitettu"); no score has one.
    expect(screen.queryByText(/^Tavoite: \d+ \/ 100/)).not.toBeInTheDocument();
    expect(screen.queryByRole("columnheader", { name: "Tavoite" })).not.toBeInTheDocument();
  });

  it("keeps headings in order", () => {
    renderResults(KOSKI_ANSWERS);
    const levels = screen.getAllByRole("heading").map((heading) => Number(heading.tagName.slice(1)));
    levels.forEach((level, index) => {
      expect(level - (levels[index - 1] ?? 0)).toBeLessThanOrEqual(1);
    });
    expect(levels[0]).toBe(1);
  });

  it("speaks Swedish when the language is Swedish", async () => {
    renderResults(KOSKI_ANSWERS, "sv", AT_CURRENT);

    expect(screen.getByRole("heading", { level: 1, name: "Resultat" })).toBeInTheDocument();
    const overall = card("Totalresultat");
    expect(overall.getByText("53 / 100")).toBeInTheDocument();
    expect(overall.getByText("Nivå: Etablerad")).toBeInTheDocument();
    expect(overall.getByText("Poängsatta: 6 av 7 tillämpliga punkter (86 %)")).toBeInTheDocument();
    expect(card("Samarbetsstrukturer").getByText("Nivå: Föregångare")).toBeInTheDocument();
    expect(screen.getAllByText("Kommun")).toHaveLength(2);

    const weakest = within(screen.getByRole("heading", { name: "Vad härnäst" }).parentElement as HTMLElement);
    expect(weakest.getAllByRole("listitem")[0]).toHaveTextContent(
      "Punkt b2Tema: StödformerSvar: Finns inteFörslag: Utveckla b2",
    );
    expect(screen.getByRole("img")).toHaveAccessibleName(
      /^Stapeldiagram.*Samarbetsstrukturer 83, Stödformer 33 och Lokaler och bidrag 42/,
    );
  });
});
