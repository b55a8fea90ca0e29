// @vitest-environment node
import { Packer } from "docx";
import { beforeAll, describe, expect, it } from "vitest";
import koskiFile from "../../../../checklists/jarjestoystavallinen-kunta/examples/koski-tl.json";
import practicesFile from "../../../../checklists/jarjestoystavallinen-kunta/practices.json";
import { bundledRegistry } from "../../../../tests/bundled-checklists";
import { type DocxContents, readDocx } from "../../../../tests/docx-text";
import type { Answer, Assessment } from "../../../domain/assessment";
import type { Checklist } from "../../../domain/checklist";
import { type Example, readExample } from "../../../domain/example-file";
import type { Language } from "../../../domain/localized";
import type { PracticeCard } from "../../../domain/practice";
import { readPracticeCatalog } from "../../../domain/practice-catalog";
import { buildReport, type ReportInput } from "../../../domain/report";
import { scoreAssessment } from "../../../domain/scoring";
import { answersAtTarget } from "../../../domain/suggestions";
import { formatScore } from "../../../ui/format";
import { pdfI18n as i18n } from "../pdf/pdf-test-setup";
import { reportFixture } from "../report-fixture";
import { reportDocx } from "./create-report-docx";

const [checklist] = bundledRegistry.checklists as [Checklist];

function unwrap<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error("a shipped file is invalid");
  return result.value;
}
const koski: Example = unwrap(readExample(koskiFile, checklist));
const practices: PracticeCard[] = unwrap(readPracticeCatalog(practicesFile, checklist));
const assessment = reportFixture(checklist);

async function docxOf(language: Language, overrides: Partial<ReportInput> = {}): Promise<DocxContents> {
  const report = buildReport({
    checklist,
    assessment,
    example: koski,
    practices,
    language,
    generatedAt: new Date(2026, 10, 24, 10),
    includeNotes: true,
    ...overrides,
  });
  return readDocx(new Uint8Array(await Packer.toBuffer(reportDocx(report, i18n))));
}

const headings = (docx: DocxContents, style: string) =>
  docx.paragraphs.filter((paragraph) => paragraph.style === style).map((paragraph) => paragraph.text);

/** The table whose header row begins with these cells. */
function tableStarting(docx: DocxContents, ...header: string[]): string[][] {
  const table = docx.tables.find((rows) => header.every((text, index) => rows[0]?.[index] === text));
  if (!table) throw new Error(`no table with the header ${header.join(" | ")}`);
  return table;
}

describe("the Word report in Finnish", () => {
  let docx: DocxContents;
  beforeAll(async () => {
    docx = await docxOf("fi");
  });

  it("has the report's title and its sections as Word headings, in the PDF's order", () => {
    expect(headings(docx, "Title")).toEqual([
      "Järjestöyhteistyön itsearviointi – Kimitoön – Kemiönsaari 2026",
    ]);
    expect(headings(docx, "Heading1")).toEqual([
      "Näin luet raporttia",
      "Yhteenveto",
      "Vahvuudet",
      "Vastaukset kohdittain",
      "Vertailu: Koski Tl",
      "Kehittämisehdotukset",
      "Toimenpidesuunnitelma",
      "Vuosikello",
      "Malli ja lähteet",
    ]);
    expect(headings(docx, "Heading2")).toContain("Pisteet teemoittain");
    // The strengths by theme: the fixture has items fully in place in the first theme.
    const strengths = docx.paragraphs.map((paragraph) => paragraph.text);
    const at = strengths.indexOf("Vahvuudet");
    expect(strengths[at + 1]).toMatch(/^Nämä kohdat ovat täysin käytössä/);
    expect(strengths[at + 2]).toBe(checklist.themes[0]?.title.fi);
    expect(headings(docx, "Heading2")).toContain("1. Yhteistyörakenteet");
    expect(headings(docx, "Heading3").length).toBeGreaterThan(0);
  });

  it("opens with the cover's facts in words, without the checklist's technical id", () => {
    const text = docx.paragraphs.map((paragraph) => paragraph.text).join("\n");
    expect(text).toContain(`Järjestöystävällinen kunta, versio ${checklist.version}`);
    expect(text).not.toContain(checklist.id);
  });

  it("gives each theme's score now and at target as the scoring computes them", () => {
    const current = scoreAssessment(checklist, assessment.answers);
    const target = scoreAssessment(checklist, answersAtTarget(assessment));
    const [header, ...rows] = tableStarting(docx, "Teema", "Nyt");
    expect(header).toHaveLength(5);
    const shown = (score: number | null) => `${formatScore(score ?? Number.NaN, "fi")} / 100`;
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ...checklist.themes.map((theme, index) => [
        theme.title.fi,
        shown(current.themes[index]?.score ?? null),
        shown(target.themes[index]?.score ?? null),
      ]),
      ["Kokonaistulos", shown(current.overall.score), shown(target.overall.score)],
    ]);
    // The fixture's targets raise the score: the two columns must not be one figure twice.
    expect(target.overall.score).toBeGreaterThan(current.overall.score ?? 0);
  });

  it("lists the action plan with action, responsible, due date and status, dated ones first", () => {
    const rows = tableStarting(docx, "Toimenpide", "Vastuussa", "Määräaika", "Tila").slice(1);
    expect(rows.map((row) => row.slice(0, 4))).toEqual([
      [
        "Översätt bidragsanvisningarna på svenska – Åboland",
        "kultursekreterare",
        "31. tammikuuta 2027",
        "Käynnissä",
      ],
      ["Avustushakemus 500 € – syksy", "hyte-koordinaattori", "15. syyskuuta 2027", "Suunniteltu"],
      [
        "Päivitetään yhdistysrekisteri ja lähetetään kevään kutsu",
        "järjestöyhdyshenkilö",
        "ei määräaikaa",
        "Tehty",
      ],
    ]);
  });

  it("keeps ä, ö, å, en dashes and euros of the user's own texts", () => {
    expect(docx.text).toContain("Syysilta pidettiin Åbolands föreningshusissa – kevään ilta jäi väliin.");
    expect(docx.text).toContain("Hankeavustuksiin varattu 500 € / vuosi.");
    expect(docx.text).toContain("Föreningsmässa – yhdistysmessut");
  });

  it("lists a source that names no publisher by its title alone", () => {
    const texts = docx.paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toContain("1. Kunnan ja yhdistysten yhteistyörakenteet.");
    expect(texts.join(" ")).not.toContain("Julkaisija ei mainittu");
  });

  it("is in Finnish and names its title and maker in the document's properties", () => {
    expect(docx.parts["word/styles.xml"]).toMatch(/<w:docDefaults>.*<w:lang w:val="fi-FI"\/>/s);
    const core = docx.parts["docProps/core.xml"] ?? "";
    expect(core).toContain(
      "<dc:title>Järjestöyhteistyön itsearviointi – Kimitoön – Kemiönsaari 2026</dc:title>",
    );
    expect(core).toContain("<dc:creator>Kumppanuuspeili</dc:creator>");
  });
});

describe("the Word report in Swedish", () => {
  let docx: DocxContents;
  beforeAll(async () => {
    docx = await docxOf("sv");
  });

  it("has the Swedish headings and tables", () => {
    expect(headings(docx, "Heading1")).toEqual(
      expect.arrayContaining([
        "Så läser du rapporten",
        "Sammanfattning",
        "Jämförelse: Koskis",
        "Åtgärdsplan",
      ]),
    );
    const rows = tableStarting(docx, i18n.t("report:pdf.plan.what", { lng: "sv" })).slice(1);
    expect(rows[0]?.[0]).toBe("Översätt bidragsanvisningarna på svenska – Åboland");
    expect(rows[0]?.[2]).toBe("31 januari 2027");
  });

  it("is in Swedish as written in Finland", () => {
    expect(docx.parts["word/styles.xml"]).toMatch(/<w:docDefaults>.*<w:lang w:val="sv-FI"\/>/s);
    expect(docx.parts["docProps/core.xml"]).toContain("Kimitoön – Kemiönsaari 2026");
  });
});

describe("the Word report with an earlier year and the associations' answers", () => {
  // A year earlier every level one lower; three associations that answer as the municipality does.
  const earlierAnswers: Record<string, Answer> = Object.fromEntries(
    Object.entries(assessment.answers).map(([id, answer]): [string, Answer] => [
      id,
      answer.kind === "level"
        ? { kind: "level", level: Math.max(answer.level - 1, 0) as 0 | 1 | 2 | 3 }
        : answer,
    ]),
  );
  const since = {
    year: 2025,
    assessment: { ...assessment, id: "test-assessment-2025", answers: earlierAnswers },
    checklist,
    score: scoreAssessment(checklist, earlierAnswers),
  };
  const others: Assessment[] = [1, 2, 3].map((n) => ({
    ...assessment,
    id: `association-000${n}`,
    meta: { ...assessment.meta, respondentRole: "association" },
  }));

  it("puts the change and the associations' view where the PDF has them, with the change's figures", async () => {
    const docx = await docxOf("fi", {
      since,
      perceptions: { others, checklists: bundledRegistry.checklists },
    });
    const sections = headings(docx, "Heading1");
    expect(sections.slice(1, 4)).toEqual(["Yhteenveto", "Muutos vuodesta 2025", "Vahvuudet"]);
    expect(sections.indexOf("Yhdistysten näkökulma")).toBe(sections.indexOf("Vertailu: Koski Tl") + 1);
    const from = formatScore(since.score.overall.score ?? Number.NaN, "fi");
    const to = formatScore(scoreAssessment(checklist, assessment.answers).overall.score ?? Number.NaN, "fi");
    const overall = tableStarting(docx, "Teema", "2025", "2026").at(-1);
    expect(overall?.slice(0, 3)).toEqual(["Kokonaistulos", `${from} / 100`, `${to} / 100`]);
  });
});
