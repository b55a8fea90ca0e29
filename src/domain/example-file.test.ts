import { describe, expect, it } from "vitest";
import { buildChecklist, PIENI_KUNTA } from "../../tests/fixtures/build-checklist";
import { ASSESSMENT_FILE_FORMAT } from "./assessment-file";
import type { Citation, ExampleProfile } from "./example";
import { readExample } from "./example-file";

const checklist = buildChecklist(PIENI_KUNTA, "pieni-kunta", "1.0.0");
const SEED = "002_9274484d39675f21.txt";
const OTHER_SEED = "001_a1d4cf03c20a9a4f.txt";

function citation(quote: string, seed = SEED): Citation {
  return { seed, quote, paraphrase: { fi: quote, sv: quote, en: quote } };
}

const profile: ExampleProfile = {
  id: "koski-tl",
  name: { fi: "Koski Tl", sv: "Koskis", en: "Koski Tl" },
  description: { fi: "Pienin pilottikunta.", sv: "Den minsta pilotkommunen.", en: "The smallest pilot." },
  sources: [SEED],
  citations: {
    a1: citation("Yhdistysiltoja järjestetään kaksi kertaa vuodessa."),
    a3: {
      seed: SEED,
      quote: "Kunta on niin pieni, että kaikki tuntevat toisensa.",
      // The reason for "not applicable" in every language; the answer's reason is its Finnish.
      paraphrase: {
        fi: "Ei erillistä edustuselintä: kaikki tuntevat toisensa.",
        sv: "Inget särskilt representativt organ: alla känner varandra.",
        en: "No separate representative body: everyone knows each other.",
      },
    },
  },
};

const file = {
  format: ASSESSMENT_FILE_FORMAT,
  formatVersion: 1,
  checklist: { id: "pieni-kunta", version: "1.0.0" },
  meta: { municipality: "Koski Tl", year: 2024, respondentRole: "municipality", date: "2024-05-01" },
  answers: {
    a1: { kind: "level", level: 3 },
    a3: { kind: "notApplicable", reason: "Ei erillistä edustuselintä: kaikki tuntevat toisensa." },
    b1: { kind: "dontKnow" },
  },
  updatedAt: "2024-05-01T00:00:00.000Z",
  example: profile,
};

type Overrides = { answers?: object; citations?: object; sources?: string[]; version?: string; id?: string };

/** The valid file with answers and citations added to (or, as undefined, taken from) the originals. */
function variant({ answers = {}, citations = {}, sources, version, id }: Overrides) {
  return JSON.parse(
    JSON.stringify({
      ...file,
      checklist: { id: id ?? file.checklist.id, version: version ?? file.checklist.version },
      answers: { ...file.answers, ...answers },
      example: {
        ...profile,
        sources: sources ?? profile.sources,
        citations: { ...profile.citations, ...citations },
      },
    }),
  );
}

function problemsOf(data: unknown) {
  const result = readExample(data, checklist);
  return result.ok ? [] : result.problems;
}

describe("readExample", () => {
  it("reads a valid example into its profile and assessment", () => {
    expect(readExample(file, checklist)).toEqual({
      ok: true,
      value: {
        profile,
        assessment: {
          id: `example-${profile.id}`,
          createdAt: file.updatedAt,
          checklist: file.checklist,
          meta: file.meta,
          answers: file.answers,
          targets: {},
          actions: [],
          calendar: [],
          updatedAt: file.updatedAt,
        },
        unmatchedItemIds: [],
      },
    });
  });

  it("still reads a name written once, as that name in every language", () => {
    const data = { ...variant({}), example: { ...variant({}).example, name: "Koski Tl" } };
    const result = readExample(data, checklist);
    expect(result.ok && result.value.profile.name).toEqual({
      fi: "Koski Tl",
      sv: "Koski Tl",
      en: "Koski Tl",
    });
  });

  it("reports a name that is blank or lacks a language", () => {
    const blank = { ...variant({}), example: { ...variant({}).example, name: " " } };
    expect(problemsOf(blank)).toEqual([expect.objectContaining({ path: "example.name" })]);
    const noSwedish = {
      ...variant({}),
      example: { ...variant({}).example, name: { fi: "Koski Tl", en: "Koski Tl" } },
    };
    expect(problemsOf(noSwedish)).toEqual([expect.objectContaining({ path: "example.name" })]);
  });

  it("reports a 'not applicable' reason that says otherwise than its citation's Finnish paraphrase", () => {
    const data = variant({ answers: { a3: { kind: "notApplicable", reason: "Ei koske meitä." } } });
    expect(problemsOf(data)).toEqual([
      {
        path: "answers.a3.reason",
        code: "invalid",
        detail: "differs from its citation's Finnish paraphrase",
      },
    ]);
  });

  it("reports a file that is not an assessment file with one problem", () => {
    expect(problemsOf({ format: "kumppanuuspeili-practices" })).toEqual([
      { path: "", code: "notOurFormat", detail: ASSESSMENT_FILE_FORMAT },
    ]);
  });

  it("reports an assessment file without an example profile", () => {
    const { example: _, ...plain } = file;
    expect(problemsOf(plain)).toEqual([{ path: "example", code: "missing" }]);
  });

  it("reports schema problems in the profile by their paths", () => {
    const data = variant({ citations: { a1: { seed: SEED, quote: " ", paraphrase: {} } } });
    expect(problemsOf(data)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: "example.citations.a1.quote", code: "tooShort" }),
        expect.objectContaining({ path: "example.citations.a1.paraphrase.fi", code: "missing" }),
      ]),
    );
  });

  it("reports a level or not-applicable answer without a citation", () => {
    const data = variant({
      answers: { c1: { kind: "level", level: 0 }, c2: { kind: "notApplicable", reason: "Ei koske." } },
    });
    expect(problemsOf(data)).toEqual([
      { path: "example.citations.c1", code: "missing" },
      { path: "example.citations.c2", code: "missing" },
    ]);
  });

  it("reports a citation on a don't-know answer or on no answer at all", () => {
    const data = variant({ citations: { b1: citation("Ei mainita."), c1: citation("Tiloja on.") } });
    expect(problemsOf(data)).toEqual([
      { path: "example.citations.b1", code: "invalid", detail: "cites a don't-know answer" },
      { path: "example.citations.c1", code: "invalid", detail: "cites an item with no answer" },
    ]);
  });

  it("reports a citation whose seed is not among the example's sources", () => {
    const citations = { a1: citation("Toisesta lähteestä.", OTHER_SEED) };
    expect(problemsOf(variant({ citations }))).toEqual([
      { path: "example.citations.a1.seed", code: "unknownSource", detail: OTHER_SEED },
    ]);
    expect(problemsOf(variant({ citations, sources: [SEED, OTHER_SEED] }))).toEqual([]);
  });

  it("reports an example written for another checklist", () => {
    expect(problemsOf(variant({ id: "muu-lista" }))).toEqual([
      { path: "checklist.id", code: "unknownChecklist", detail: "muu-lista" },
    ]);
  });

  it("reports an unknown item within the same checklist version as a broken file", () => {
    const data = variant({ answers: { zz: { kind: "dontKnow" } } });
    expect(problemsOf(data)).toEqual([{ path: "answers.zz", code: "unknownItem", detail: "zz" }]);
  });

  describe("written for another version of the checklist", () => {
    const older = variant({
      version: "0.9.0",
      answers: { zz: { kind: "level", level: 2 }, old: { kind: "dontKnow" } },
      citations: { zz: citation("Poistunut kohta.") },
    });
    const result = readExample(older, checklist);

    it("keeps the answers that match, with their citations", () => {
      expect(result.ok && result.value.assessment.answers).toEqual(file.answers);
      expect(result.ok && result.value.profile.citations).toEqual(profile.citations);
    });

    it("lists the answers that match no item, sorted", () => {
      expect(result.ok && result.value.unmatchedItemIds).toEqual(["old", "zz"]);
    });

    it("keeps the version the example was written for", () => {
      expect(result.ok && result.value.assessment.checklist).toEqual({ id: "pieni-kunta", version: "0.9.0" });
    });

    it("still holds unmatched answers to the citation rules", () => {
      expect(problemsOf(variant({ version: "0.9.0", answers: { zz: { kind: "level", level: 2 } } }))).toEqual(
        [{ path: "example.citations.zz", code: "missing" }],
      );
    });
  });
});
