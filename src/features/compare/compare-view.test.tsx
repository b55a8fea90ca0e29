import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { bundledRegistry } from "../../../tests/bundled-checklists";
import { renderWithApp } from "../../../tests/render-app";
import type { Answer } from "../../domain/assessment";
import type { Language } from "../../domain/localized";
import {
  EVENINGS,
  FIXTURE_EXAMPLE,
  FIXTURE_PRACTICES,
  HOUSE,
  LEADERSHIP,
  OWN_ANSWERS,
  REPRESENTATIVES,
} from "./compare-fixture";
import { CompareView } from "./compare-view";

const checklist = bundledRegistry.checklists[0];
if (!checklist) throw new Error("no shipped checklist");
const itemText = (itemId: string, language: Language = "fi") =>
  checklist.themes.flatMap((theme) => theme.items).find((item) => item.id === itemId)?.text[language] ?? "";

function renderCompare(
  options: { language?: Language; ownAnswers?: Record<string, Answer>; focusItemId?: string } = {},
) {
  return renderWithApp(
    <CompareView
      checklist={checklist as NonNullable<typeof checklist>}
      examples={[FIXTURE_EXAMPLE]}
      practices={FIXTURE_PRACTICES}
      isLoading={false}
      ownAnswers={options.ownAnswers ?? OWN_ANSWERS}
      focusItemId={options.focusItemId}
    />,
    { language: options.language ?? "fi" },
  );
}

/** The list entry whose heading is the item's text. */
function entry(itemId: string, language: Language = "fi") {
  const heading = screen.getByRole("heading", { level: 4, name: itemText(itemId, language) });
  return within(heading.closest("li") as HTMLElement);
}

function tableRow(name: string) {
  const table = within(screen.getByRole("table", { name: "Pisteet ja kattavuus teemoittain" }));
  return table.getByRole("row", { name: new RegExp(`^${name}`) });
}

describe("CompareView", () => {
  it("compares with the first example at once, saying where its answers come from", () => {
    renderCompare();
    expect(screen.getByRole("radio", { name: "Testilä (esimerkkikunta)" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Arviointitiedosto" })).not.toBeChecked();
    expect(screen.getByRole("heading", { level: 2, name: "Vertailukohde: Testilä" })).toBeInTheDocument();
    expect(screen.getByText(/koottu julkaistusta toimintamallikuvauksesta/)).toBeInTheDocument();
    // The source is named by title and publisher, never by its seed file name.
    expect(
      screen.getAllByText(/^Lähde: Hyvä järjestöyhteistyö pienessä kunnassa, JärjestöSotehanke 113/).length,
    ).toBeGreaterThan(0);
    expect(document.body).not.toHaveTextContent(/\d{3}_[0-9a-f]{16}\.txt/);
  });

  it("shows what the example does where it is further along: paraphrase, Finnish quote, source and cards", () => {
    renderCompare();
    const evenings = entry(EVENINGS);
    expect(evenings.getByText("Vertailukohde on pidemmällä")).toBeInTheDocument();
    expect(evenings.getByText("Aloitettu")).toBeInTheDocument();
    expect(evenings.getByText("Täysin käytössä")).toBeInTheDocument();
    expect(evenings.getByText("Testilä kutsuu yhdistykset koolle keväällä ja syksyllä.")).toBeInTheDocument();
    // The source's own words are labelled as a quote, with the source beside them.
    const quote = evenings.getByRole("figure", { name: "Lainaus lähteestä" });
    expect(within(quote).getByRole("blockquote")).toHaveAttribute("lang", "fi");
    expect(within(quote).getByRole("blockquote")).toHaveTextContent(
      /^Kunta järjestää yhdistysiltoja vähintään kaksi kertaa vuodessa\.$/,
    );
    expect(quote).toHaveTextContent(/Lähde: Hyvä järjestöyhteistyö pienessä kunnassa/);
    const card = evenings.getByRole("article", { name: "Iltakahvit" });
    expect(card).toHaveTextContent("Missä: Esimerkkilä");
    expect(card).toHaveTextContent("Yhdistykset tapaavat kunnan kanssa iltakahvilla.");
    // Its source names no publisher: the line ends with the title.
    expect(within(card).getByText("Lähde: Kunnan ja yhdistysten yhteistyörakenteet")).toBeInTheDocument();
  });

  it("labels where you are ahead and where you are level, without the example's citation", () => {
    renderCompare();
    expect(entry(LEADERSHIP).getByText("Te olette pidemmällä")).toBeInTheDocument();
    expect(entry(LEADERSHIP).queryByText("Johto on sitoutunut.")).not.toBeInTheDocument();
    expect(entry(HOUSE).getByText("Sama taso")).toBeInTheDocument();
  });

  it("shows a 'not applicable' as their choice with its reason, counted against neither side", () => {
    renderCompare();
    const representatives = entry(REPRESENTATIVES);
    expect(
      representatives.getByText("Vertailukohde on valinnut, ettei kohta sovellu sille"),
    ).toBeInTheDocument();
    expect(
      representatives.getByText("Perustelu: Pieni kunta: kaikki tuntevat toisensa."),
    ).toBeInTheDocument();
    expect(representatives.getByText(/valinta, ei puute/)).toBeInTheDocument();
    // The reason is the citation's paraphrase, so it is not repeated as "how they do it"; the quote remains.
    expect(representatives.getAllByText(/Pieni kunta: kaikki tuntevat toisensa\./)).toHaveLength(1);
    expect(representatives.queryByText("Näin vertailukohteessa toimitaan:")).not.toBeInTheDocument();
    expect(representatives.getByRole("figure", { name: "Lainaus lähteestä" })).toHaveTextContent(
      "Toimielimiä ei tarvita.",
    );
    // By hand. Yours: (3·⅓ + 1·0)/4 = 25 from 2 of 17. Theirs: evenings alone, 100; the N/A leaves the
    // denominator (1 of 16 applicable), so their choice neither lowers their score nor raises yours.
    expect(tableRow("Yhteistyörakenteet")).toHaveTextContent(
      "Yhteistyörakenteet25 / 100 (alustava)12 % (2/17)100 / 100 (alustava)6 % (1/16)",
    );
    expect(tableRow("Tukikeinot")).toHaveTextContent(
      "Tukikeinot100 / 100 (alustava)6 % (1/17)67 / 100 (alustava)",
    );
  });

  it("filters to the differences and to one theme, announcing the count politely", async () => {
    const user = userEvent.setup();
    renderCompare();
    expect(screen.getByText("Näytetään 48 kohtaa (kaikkiaan 48).")).toHaveAttribute("role", "status");
    await user.click(screen.getByRole("checkbox", { name: "Näytä vain erot" }));
    expect(screen.getByText("Näytetään 3 kohtaa (kaikkiaan 48).")).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { level: 4 }).map((heading) => heading.textContent)).toEqual([
      itemText(EVENINGS),
      itemText(REPRESENTATIVES),
      itemText(LEADERSHIP),
    ]);
    await user.selectOptions(screen.getByRole("combobox", { name: "Teema" }), "Tukikeinot");
    expect(screen.getByText("Näytetään 1 kohta (kaikkiaan 48).")).toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: "Teema" }), "Tilat ja avustukset");
    expect(screen.getByText("Valinnoilla ei löytynyt yhtään kohtaa.")).toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: "Näytä vain erot" }));
    expect(screen.getByText("Näytetään 14 kohtaa (kaikkiaan 48).")).toBeInTheDocument();
  });

  it("draws both sides with a legend that does not rely on colour", async () => {
    renderCompare();
    expect(screen.getByRole("list", { name: "Kaavion selite" })).toHaveTextContent(
      "Oma arviointi: sininen palkkiTestilä: violetti neliö",
    );
    const chart = screen.getByRole("img");
    expect(chart).toHaveAccessibleName(
      "Pylväskaavio teemojen pisteistä asteikolla 0–100. Oma arviointi: Yhteistyörakenteet 25, Tukikeinot 100 ja Tilat ja avustukset 100. Testilä: Yhteistyörakenteet 100, Tukikeinot 67 ja Tilat ja avustukset 100. Samat luvut ovat myös taulukossa.",
    );
  });

  it("still shows the example with no saved answers, drawing only the example", async () => {
    renderCompare({ ownAnswers: {} });
    expect(entry(EVENINGS).getByText("Vastaamatta")).toBeInTheDocument();
    expect(entry(EVENINGS).getByText("Ei vertailtavissa: vastaus puuttuu")).toBeInTheDocument();
    // Browsing the example alone still shows how they do it.
    expect(
      entry(EVENINGS).getByText("Testilä kutsuu yhdistykset koolle keväällä ja syksyllä."),
    ).toBeInTheDocument();
    expect(entry(EVENINGS).getByRole("article", { name: "Iltakahvit" })).toBeInTheDocument();
    expect(screen.getByText(/Kaaviossa on vain vertailukohde/)).toBeInTheDocument();
    expect(screen.getByRole("img")).toHaveAccessibleName(/^Pylväskaavio.*\. Testilä:/);
  });

  it("opens at one item: its theme chosen, the item focused with its citation and cards", async () => {
    renderCompare({ focusItemId: EVENINGS, ownAnswers: { [EVENINGS]: { kind: "level", level: 3 } } });
    expect(screen.getByRole("combobox", { name: "Teema" })).toHaveValue("cooperation-structures");
    const heading = screen.getByRole("heading", { level: 4, name: itemText(EVENINGS) });
    await waitFor(() => expect(heading.closest("li")).toHaveFocus());
    // Level with the example, yet opened to see how they do it: the citation and the cards are shown.
    expect(entry(EVENINGS).getByText("Sama taso")).toBeInTheDocument();
    expect(entry(EVENINGS).getByRole("article", { name: "Iltakahvit" })).toBeInTheDocument();
  });

  it("speaks Swedish", () => {
    renderCompare({ language: "sv" });
    expect(screen.getByRole("radio", { name: "Testby (exempelkommun)" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "En värderingsfil" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Jämförelseobjekt: Testby" })).toBeInTheDocument();
    const evenings = entry(EVENINGS, "sv");
    expect(evenings.getByText("Jämförelseobjektet har kommit längre")).toBeInTheDocument();
    expect(evenings.getByText("Testby samlar föreningarna på våren och hösten.")).toBeInTheDocument();
    expect(evenings.getByText("Påbörjad")).toBeInTheDocument();
    expect(evenings.getByRole("article", { name: "Kvällskaffe" })).toHaveTextContent("Var: Exempelby");
    expect(screen.getByRole("checkbox", { name: "Visa bara skillnader" })).toBeInTheDocument();
    expect(screen.getByText("Visar 48 punkter (totalt 48).")).toBeInTheDocument();
    // An example's reason for "not applicable" is in the reader's language; the quote stays Finnish, labelled.
    const representatives = entry(REPRESENTATIVES, "sv");
    expect(
      representatives.getByText("Motivering: En liten kommun: alla känner varandra."),
    ).toBeInTheDocument();
    expect(representatives.queryByText(/Pieni kunta/)).not.toBeInTheDocument();
    expect(representatives.getByRole("figure", { name: "Citat ur källan (på finska)" })).toHaveTextContent(
      "Toimielimiä ei tarvita.",
    );
  });
});
