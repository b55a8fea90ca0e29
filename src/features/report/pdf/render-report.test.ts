// @vitest-environment node
import { beforeAll, describe, expect, it } from "vitest";
import koskiFile from "../../../../checklists/jarjestoystavallinen-kunta/examples/koski-tl.json";
import practicesFile from "../../../../checklists/jarjestoystavallinen-kunta/practices.json";
import { bundledRegistry } from "../../../../tests/bundled-checklists";
import { type PdfContents, readPdf } from "../../../../tests/pdf-text";
import type { Answer, Assessment } from "../../../domain/assessment";
import type { Checklist } from "../../../domain/checklist";
import { type Example, readExample } from "../../../domain/example-file";
import { PARTICIPANTS_MAX } from "../../../domain/limits";
import type { Language } from "../../../domain/localized";
import type { PracticeCard } from "../../../domain/practice";
import { readPracticeCatalog } from "../../../domain/practice-catalog";
import { buildReport, type ReportInput } from "../../../domain/report";
import { scoreAssessment } from "../../../domain/scoring";
import { answersAtTarget, prioritiseSuggestions, topPriorities } from "../../../domain/suggestions";
import { reportFixture } from "../report-fixture";
import { warmUpPdf } from "./create-report-pdf";
import { expectLaidOutInsideTheMargins, pdfFonts as fonts, pdfI18n as i18n } from "./pdf-test-setup";
import { renderReport } from "./render-report";

const [checklist] = bundledRegistry.checklists as [Checklist];

function unwrap<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error("a shipped file is invalid");
  return result.value;
}
const koski: Example = unwrap(readExample(koskiFile, checklist));
const practices: PracticeCard[] = unwrap(readPracticeCatalog(practicesFile, checklist));

const assessment: Assessment = reportFixture(checklist);

function input(language: Language, overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    checklist,
    assessment,
    example: koski,
    practices,
    language,
    generatedAt: new Date(2026, 10, 24, 10),
    includeNotes: true,
    ...overrides,
  };
}

async function pdfOf(reportInput: ReportInput): Promise<PdfContents> {
  const doc = renderReport(buildReport(reportInput), i18n, fonts);
  return readPdf(new Uint8Array(doc.output("arraybuffer")));
}

/** The scores the results page shows, computed here without the report code. */
function expectedScores() {
  const current = scoreAssessment(checklist, assessment.answers);
  const target = scoreAssessment(checklist, answersAtTarget(assessment));
  return { current, target };
}

describe("the PDF report in Finnish", () => {
  let pdf: PdfContents;
  beforeAll(async () => {
    pdf = await pdfOf(input("fi"));
  });

  it("has the title, author and language in its metadata", () => {
    expect(pdf.info.Title).toBe("Järjestöyhteistyön itsearviointi – Kimitoön – Kemiönsaari 2026");
    expect(pdf.info.Author).toBe("Kumppanuuspeili");
    expect(pdf.info.Language).toBe("fi");
  });

  it("says on the cover, in words, what was assessed by whom and when, with no technical ids", () => {
    const [cover] = pdf.pages;
    for (const fact of [
      "Kunta Kimitoön – Kemiönsaari",
      "Vuosi 2026",
      "Vastaaja Kunta",
      "Arvioinnin päivämäärä 23. marraskuuta 2026",
      "Raportti tehty 24. marraskuuta 2026",
      `Tarkistuslista Järjestöystävällinen kunta, versio ${checklist.version} Raportin kieli suomi`,
    ]) {
      expect(cover).toContain(fact);
    }
    expect(cover).not.toContain(checklist.id);
    expect(cover).not.toContain("tunniste");
  });

  it("numbers every page as 'page X / Y' and puts the title in the header", () => {
    expect(pdf.pages.length).toBeGreaterThan(10);
    pdf.pages.forEach((text, index) => {
      expect(text).toContain(`Sivu ${index + 1} / ${pdf.pages.length}`);
      if (index > 0) expect(text).toContain("Järjestöyhteistyön itsearviointi – Kimitoön – Kemiönsaari 2026");
    });
  });

  it("prints the overall and theme scores now and at target, as the results page computes them", () => {
    const { current, target } = expectedScores();
    const summary = pdf.pages.find((page) => page.startsWith("Yhteenveto Kokonaistulos nyt"));
    expect(summary).toBeDefined();
    expect(summary).toContain(`Kokonaistulos nyt ${Math.round(current.overall.score ?? -1)} / 100`);
    expect(summary).toContain(`Kun tavoitteet saavutetaan ${Math.round(target.overall.score ?? -1)} / 100`);
    checklist.themes.forEach((theme, t) => {
      const now = Math.round(current.themes[t]?.score ?? -1);
      const aim = Math.round(target.themes[t]?.score ?? -1);
      expect(summary).toContain(`${theme.title.fi} ${now} / 100 ${aim} / 100`);
    });
  });

  it("lists the strengths, every item fully in place, under its theme", () => {
    const strengths = pdf.pages.filter((page) => page.includes("Vahvuudet Nämä kohdat ovat täysin käytössä"));
    expect(strengths).toHaveLength(1);
    const full = checklist.themes.flatMap((theme) =>
      theme.items.filter((item) => {
        const answer = assessment.answers[item.id];
        return answer?.kind === "level" && answer.level === 3;
      }),
    );
    expect(full.length).toBeGreaterThan(0);
    // Each item's text begins in the section (a long one wraps to the next line).
    for (const item of full) expect(strengths[0]).toContain(item.text.fi.split(" ").slice(0, 4).join(" "));
  });

  it("prints the top suggestions' texts and the action plan", () => {
    const top = topPriorities(prioritiseSuggestions(checklist, assessment), 5);
    expect(top).toHaveLength(5);
    for (const suggestion of top) expect(pdf.text).toContain(suggestion.item.suggestion.fi);
    expect(pdf.text).toContain(
      "Avustushakemus 500 € – syksy hyte-koordinaattori 15. syyskuuta 2027 Suunniteltu",
    );
    expect(pdf.text).toContain("Översätt bidragsanvisningarna på svenska – Åboland kultursekreterare");
    expect(pdf.text).toContain(
      "Päivitetään yhdistysrekisteri ja lähetetään kevään kutsu järjestöyhdyshenkilö ei määräaikaa Tehty",
    );
  });

  it("keeps Finnish and Swedish letters, dashes and euros intact", () => {
    for (const text of [
      "Kimitoön – Kemiönsaari",
      "ä",
      "ö",
      "å",
      "Å",
      "–",
      "500 €",
      "Hankeavustuksiin varattu 500 € / vuosi.",
    ]) {
      expect(pdf.text).toContain(text);
    }
  });

  it("has the comparison, the annual clock and the sources, without seed file names", () => {
    expect(pdf.text).toContain("Vertailu: Koski Tl");
    expect(pdf.text).toContain("Huhtikuu Kevään yhdistysilta");
    expect(pdf.text).toContain("Föreningsmässa – yhdistysmessut");
    expect(pdf.text).toContain(checklist.sources[0]?.title.fi);
    // The first source names no publisher: it is listed by its title alone, then the next one by both.
    expect(pdf.text).toContain(
      "1. Kunnan ja yhdistysten yhteistyörakenteet. 2. Kuntien hyvät järjestöyhteistyön käytännöt",
    );
    expect(pdf.text).toContain("3. Hyvä järjestöyhteistyö pienessä kunnassa. JärjestöSotehanke 113");
    expect(pdf.text).not.toContain("Julkaisija ei mainittu");
    expect(pdf.text).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
  });

  it("keeps all text inside the page margins", () => {
    expectLaidOutInsideTheMargins(pdf);
  });
});

describe("the PDF report in Swedish", () => {
  let pdf: PdfContents;
  beforeAll(async () => {
    pdf = await pdfOf(input("sv"));
  });

  it("is in Swedish, with Swedish metadata and page numbers", () => {
    expect(pdf.info.Title).toBe("Självvärdering av föreningssamarbetet – Kimitoön – Kemiönsaari 2026");
    expect(pdf.info.Language).toBe("sv-FI");
    pdf.pages.forEach((text, index) => {
      expect(text).toContain(`Sida ${index + 1} / ${pdf.pages.length}`);
    });
  });

  it("prints the scores, the suggestions and the action plan in Swedish", () => {
    const { current } = expectedScores();
    expect(pdf.text).toContain(`Totalresultat nu ${Math.round(current.overall.score ?? -1)} / 100`);
    for (const suggestion of topPriorities(prioritiseSuggestions(checklist, assessment), 5)) {
      expect(pdf.text).toContain(suggestion.item.suggestion.sv);
    }
    expect(pdf.text).toContain("Avustushakemus 500 € – syksy hyte-koordinaattori 15 september 2027 Planerad");
    expect(pdf.text).toContain("Översätt bidragsanvisningarna på svenska – Åboland");
    expect(pdf.text).toContain("April Vårens föreningskväll");
    expect(pdf.text).toContain("Jämförelse: Koskis");
    // The example's reason for "not applicable" in the report's language, as the compare page shows it.
    expect(pdf.text).toContain(
      "Motivering (Koskis): Eftersom välfärdskoordinatorn känner varje aktör personligen",
    );
  });

  it("keeps all text inside the page margins", () => {
    expectLaidOutInsideTheMargins(pdf);
  });
});

describe("the PDF report with the associations' answers", () => {
  const [first] = checklist.themes[0]?.items ?? [];
  if (!first) throw new Error("the checklist has items");
  // The fixture answers the first item "fully in place"; three associations see it as not in place or started.
  const association = (index: number, level: 0 | 1): Assessment => ({
    ...assessment,
    id: `association-000${index}`,
    meta: { ...assessment.meta, respondentRole: "association" },
    answers: { ...assessment.answers, [first.id]: { kind: "level", level } },
  });
  const others = [association(1, 0), association(2, 0), association(3, 1)];

  it("has the perceptions section with the largest gap first, flagged in words", async () => {
    const pdf = await pdfOf(input("fi", { perceptions: { others, checklists: bundledRegistry.checklists } }));
    const section = pdf.pages.find((page) => page.includes("Yhdistysten näkökulma Tässä osassa"));
    expect(section).toContain("kunnan omat vastaukset ovat rinnakkain 3 yhdistyksen vastausten kanssa");
    expect(section).toContain("1 kohdassa ero on kaksi tasoa tai enemmän");
    expect(section).toContain(
      `1.1 ${first.text.fi} Täysin käytössä (3) Ei käytössä (0) vaihteluväli 0–1, n = 3 En tiedä 0, ei sovellu 0, vastaamatta 0 −3 tasoa Suuri ero`,
    );
    // The contents on the cover list it with its page.
    expect(pdf.pages[0]).toContain("Yhdistysten näkökulma");
    expectLaidOutInsideTheMargins(pdf);
  });

  it("leaves the section out without them", async () => {
    const pdf = await pdfOf(input("sv"));
    expect(pdf.text).not.toContain("Föreningarnas perspektiv");
  });
});

describe("the PDF report", () => {
  it("has every text in English too: no translation key shows", async () => {
    const pdf = await pdfOf(input("en"));
    expect(pdf.info.Language).toBe("en-GB");
    expect(pdf.text).toContain("Page 1 / ");
    expect(pdf.text).not.toMatch(/\b(pdf|common)[.:][a-zA-Z]+\./);
  });

  it("leaves notes out when asked, but keeps the reasons for 'not applicable'", async () => {
    const pdf = await pdfOf(input("fi", { includeNotes: false }));
    expect(pdf.text).not.toContain("Hankeavustuksiin varattu");
    expect(pdf.text).toContain("Pieni kunta: yhdistykset ja kunnan väki tuntevat toisensa");
  });

  it("reports an assessment with nothing answered yet, without a comparison", async () => {
    const empty: Assessment = { ...assessment, answers: {}, targets: {}, actions: [] };
    const pdf = await pdfOf(input("fi", { assessment: empty, example: undefined }));
    expect(pdf.text).toContain("Ei vielä laskettu");
    expect(pdf.text).toContain("Toimenpiteitä ei ole vielä kirjattu.");
    expect(pdf.text).not.toContain("Vertailu: Koski Tl");
    // Not "every answered item is at its target", which would read as if all were well.
    expect(pdf.text).toContain(
      "Kehittämisehdotuksia ei voi vielä antaa, koska yhdellekään kohdalle ei ole valittu tasoa",
    );
    expect(pdf.text).not.toContain("jokainen vastattu kohta on tavoitetasolla");
    expect(pdf.text).toContain("Yksikään kohta ei ole vielä täysin käytössä");
  });

  it("prints the participants on the cover and the assessors' summary first in the summary", async () => {
    // The longest list the form takes still leaves the contents above the cover's privacy note.
    const roles = "hyte-koordinaattori, vapaa-aikasihteeri, kaksi yhdistysten edustajaa, ";
    const participants = roles.repeat(10).slice(0, PARTICIPANTS_MAX);
    const meta = {
      ...assessment.meta,
      participants,
      reportSummary: "Yhteistyö on hyvällä alulla.\nEsitämme yhdistysiltaa.",
    };
    const pdf = await pdfOf(input("fi", { assessment: { ...assessment, meta } }));
    const [cover] = pdf.pages;
    expect(cover).toContain("Osallistujat hyte-koordinaattori, vapaa-aikasihteeri");
    const summary = pdf.pages.find((page) => page.startsWith("Yhteenveto"));
    expect(summary).toMatch(
      /^Yhteenveto Arvioijien yhteenveto Yhteistyö on hyvällä alulla\. Esitämme yhdistysiltaa\./,
    );
    const coverItems = pdf.items[0] ?? [];
    const lowest = (text: string) =>
      Math.min(...coverItems.filter((item) => item.text.includes(text)).map((item) => item.y));
    expect(lowest("Malli ja lähteet")).toBeGreaterThan(lowest("Raportti on tehty") + 10);
    expectLaidOutInsideTheMargins(pdf);
  });

  it("says which theme the overall score leaves out because nothing in it applies", async () => {
    const [, , premises] = checklist.themes;
    if (premises === undefined) throw new Error("the checklist has three themes");
    const notApplicable = { kind: "notApplicable", reason: "Kunnalla ei ole omia tiloja." } as const;
    const answers = {
      ...assessment.answers,
      ...Object.fromEntries(premises.items.map((item) => [item.id, notApplicable])),
    };
    const current = scoreAssessment(checklist, answers);
    // The overall is the mean of the other two themes, as on the results page.
    expect(current.leftOutThemeIds).toEqual([premises.id]);
    const [first, second] = current.themes;
    expect(current.overall.score).toBeCloseTo(((first?.score ?? 0) + (second?.score ?? 0)) / 2, 10);
    const pdf = await pdfOf(input("fi", { assessment: { ...assessment, answers, targets: {} } }));
    const text = pdf.text.replace(/\s+/g, " ");
    expect(text).toContain(`Kokonaistulos nyt ${Math.round(current.overall.score ?? -1)} / 100`);
    expect(text).toContain(
      `Teema ${premises.title.fi} ei ole mukana kokonaistuloksessa, koska sen mikään kohta ei sovellu.`,
    );
    expect(text).toContain(`${premises.title.fi} ei sovellu`);
    expect(text).toContain("ei soveltuvia kohtia");
    expect(text).not.toContain("(0/0)");
  });

  it("moves a theme's heading that would end a page to the next, with its figures and first item", async () => {
    // A note this long on the last item of theme 2 leaves room at the page's foot for theme 3's heading
    // and figures, but not for its table's first row.
    const note = Array.from({ length: 74 }, (_, i) => `Rivi ${i + 1} yhdistysillasta.`).join(" ");
    const long: Assessment = {
      ...assessment,
      answers: {
        ...assessment.answers,
        "ngo-cooperation-model-in-wellbeing-report": { kind: "level", level: 2, note },
      },
    };
    const pdf = await pdfOf(input("fi", { assessment: long }));
    const pageOf = (text: string) => pdf.pages.findIndex((page) => page.includes(text)) + 1;
    const heading = pageOf("3. Tilat ja avustukset Pisteet nyt");
    expect(pageOf("Rivi 74 yhdistysillasta.")).toBe(heading - 1);
    expect(pageOf("3.1 Kunnalla on yhdistystalo")).toBe(heading);
  });

  it("flows a note longer than a page over to the next page", async () => {
    const note = Array.from({ length: 80 }, (_, i) => `Rivi ${i + 1}: yhdistysilta ja avustukset.`).join(" ");
    const long: Assessment = {
      ...assessment,
      answers: {
        ...assessment.answers,
        "committed-leadership": { kind: "level", level: 2, note: note.slice(0, 2000) },
      },
    };
    const pdf = await pdfOf(input("fi", { assessment: long }));
    expect(pdf.text).toContain("Rivi 1: yhdistysilta");
    expect(pdf.text).toContain("Rivi 45: yhdistysilta");
    expectLaidOutInsideTheMargins(pdf);
  });
});

describe("the PDF report with the change since an earlier year", () => {
  // The same assessment a year earlier, every level one lower (0 stays 0); "don't know" then was answered now.
  const earlierAnswers: Record<string, Answer> = Object.fromEntries(
    Object.entries(assessment.answers).map(([id, answer]): [string, Answer] => [
      id,
      answer.kind === "level"
        ? { kind: "level", level: Math.max(answer.level - 1, 0) as 0 | 1 | 2 | 3 }
        : answer,
    ]),
  );
  const earlier: Assessment = {
    ...assessment,
    id: "test-assessment-2025",
    meta: { ...assessment.meta, year: 2025, date: "2025-11-20" },
    answers: earlierAnswers,
  };
  const since = {
    year: 2025,
    assessment: earlier,
    checklist,
    score: scoreAssessment(checklist, earlierAnswers),
  };

  for (const [language, title, overall] of [
    ["fi", "Muutos vuodesta 2025", "Kokonaistulos"],
    ["sv", "Förändring sedan år 2025", "Totalresultat"],
  ] as const) {
    it(`prints the section with the same figures as the history page (${language})`, async () => {
      const pdf = await pdfOf(input(language, { since }));
      const text = pdf.text.replace(/\s+/g, " ");
      expect(text).toContain(title);
      const from = Math.round(since.score.overall.score ?? -1);
      const to = Math.round(scoreAssessment(checklist, assessment.answers).overall.score ?? -1);
      expect(text).toContain(`${overall} ${from} / 100 ${to} / 100 +${to - from}`);
      expectLaidOutInsideTheMargins(pdf);
    });
  }

  it("has no such section without an earlier year", async () => {
    const pdf = await pdfOf(input("fi"));
    expect(pdf.text).not.toContain("Muutos vuodesta");
  });
});

describe("the PDF report's fonts", () => {
  it("names only the embedded Source Sans Pro, none of the 14 standard fonts a viewer would substitute", () => {
    const doc = renderReport(buildReport(input("sv")), i18n, fonts);
    const raw = new TextDecoder("latin1").decode(doc.output("arraybuffer"));
    const names = [...raw.matchAll(/\/BaseFont\s*\/([^\s/<>[\]]+)/g)].map((match) => match[1]);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(new Set(["SourceSansPro"]));
    // Every font described carries its own file: regular and bold.
    expect(raw.match(/\/FontFile2/g)).toHaveLength(raw.match(/\/Type\s*\/FontDescriptor/g)?.length ?? -1);
    expect(raw.match(/\/FontFile2/g)).toHaveLength(2);
  });
});

describe("the unseen report the report page makes while idle", () => {
  it("leaves the next report exactly as it would be without it", async () => {
    const before = await pdfOf(input("sv"));
    warmUpPdf(buildReport(input("fi", { includeNotes: false })), i18n, fonts);
    const after = await pdfOf(input("sv"));
    expect(after.pages).toEqual(before.pages);
    // Only the creation time may differ: it is when each was made.
    const timeless = ({ CreationDate: _made, ...info }: Record<string, unknown>) => info;
    expect(timeless(after.info)).toEqual(timeless(before.info));
    expect(after.info.Title).toContain("Kimitoön");
  });
});
