import { describe, expect, it } from "vitest";
import { buildChecklist, PIENI_KUNTA } from "../../tests/fixtures/build-checklist";
import pieniKuntaJson from "../../tests/fixtures/checklists/pieni-kunta/1.0.0.json";
import { type Checklist, ChecklistSchema, type Item } from "./checklist";
import { allItems, checklistRef } from "./checklist-lookup";
import { parseWith } from "./problems";

const checklist = buildChecklist(PIENI_KUNTA, "pieni-kunta");

function problemsOf(data: unknown) {
  const result = parseWith(ChecklistSchema, data);
  return result.ok ? [] : result.problems;
}

/** A deep copy to break on purpose. */
function copy(): Checklist {
  return structuredClone(checklist);
}

function itemAt(target: Checklist, theme: number, item: number): Item {
  const found = target.themes[theme]?.items[item];
  if (found === undefined) throw new Error(`fixture has no item ${theme}/${item}`);
  return found;
}

describe("ChecklistSchema", () => {
  it("accepts the fixture checklist, which matches the JSON fixture used by the CLI tests", () => {
    expect(parseWith(ChecklistSchema, pieniKuntaJson)).toEqual({ ok: true, value: checklist });
  });

  it("accepts a $schema pointer for editors", () => {
    expect(parseWith(ChecklistSchema, { $schema: "../checklist.schema.json", ...checklist }).ok).toBe(true);
  });

  it("trims texts and rejects blank ones", () => {
    const spaced = copy();
    spaced.title.fi = "  Pieni kunta  ";
    const parsed = parseWith(ChecklistSchema, spaced);
    expect(parsed.ok && parsed.value.title.fi).toBe("Pieni kunta");

    const blank = copy();
    blank.title.sv = "   ";
    expect(problemsOf(blank)).toEqual([{ path: "title.sv", code: "tooShort", detail: "1" }]);
  });

  it("accepts a source that names no publisher, and still rejects a blank one", () => {
    const unnamed = copy();
    const [source] = unnamed.sources;
    if (source === undefined) throw new Error("fixture has a source");
    delete source.publisher;
    expect(parseWith(ChecklistSchema, unnamed)).toEqual({ ok: true, value: unnamed });

    const blank = copy();
    Object.assign(blank.sources[0] ?? {}, { publisher: { fi: " ", sv: "Utgivare", en: "Publisher" } });
    expect(problemsOf(blank)).toEqual([{ path: "sources[0].publisher.fi", code: "tooShort", detail: "1" }]);
  });

  it("reports duplicate theme and item ids across themes", () => {
    const broken = copy();
    const [, support] = broken.themes;
    if (support === undefined) throw new Error("fixture has three themes");
    support.id = "yhteistyo";
    itemAt(broken, 1, 1).id = "a2";
    expect(problemsOf(broken)).toEqual([
      { path: "themes[1].id", code: "duplicateId", detail: "yhteistyo" },
      { path: "themes[1].items[1].id", code: "duplicateId", detail: "a2" },
    ]);
  });

  it("reports a cited seed that the sources do not list", () => {
    const broken = copy();
    itemAt(broken, 2, 1).sources.push("001_0123456789abcdef.txt");
    expect(problemsOf(broken)).toEqual([
      { path: "themes[2].items[1].sources[1]", code: "unknownSource", detail: "001_0123456789abcdef.txt" },
    ]);
  });

  it("reports reference problems together with shape problems, so one pass finds them all", () => {
    const broken = copy();
    itemAt(broken, 0, 0).weight = 5;
    Object.assign(itemAt(broken, 0, 1), { text: { fi: "Teksti", en: "Text" } });
    Object.assign(itemAt(broken, 0, 2), { id: "a1", sources: ["009_0000000000000000.txt"] });
    expect(problemsOf(broken)).toEqual([
      { path: "themes[0].items[0].weight", code: "tooBig", detail: "3" },
      { path: "themes[0].items[1].text.sv", code: "missing", detail: "string" },
      { path: "themes[0].items[2].id", code: "duplicateId", detail: "a1" },
      { path: "themes[0].items[2].sources[0]", code: "unknownSource", detail: "009_0000000000000000.txt" },
    ]);
  });

  it("does not call a malformed seed name unlisted as well", () => {
    const broken = copy();
    itemAt(broken, 0, 0).sources[0] = "seed.txt";
    expect(problemsOf(broken)).toEqual([
      expect.objectContaining({ path: "themes[0].items[0].sources[0]", code: "badFormat" }),
    ]);
  });

  it("survives data far from the shape", () => {
    expect(problemsOf({ themes: [null, { items: "x" }], sources: 3 })).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: "id", code: "missing" })]),
    );
    expect(problemsOf(null)).toEqual([{ path: "", code: "wrongType", detail: "object" }]);
  });

  it.each([
    ["a weight of 0", { weight: 0 }, "weight", "tooSmall"],
    ["a fractional weight", { weight: 1.5 }, "weight", "wrongType"],
    ["an id with capitals", { id: "A1" }, "id", "badFormat"],
    ["no sources", { sources: [] }, "sources", "tooShort"],
    ["an unknown field", { extra: 1 }, "extra", "unexpectedField"],
  ])("reports %s", (_, change, field, code) => {
    const broken = copy();
    Object.assign(itemAt(broken, 1, 0), change);
    expect(problemsOf(broken)).toEqual([
      expect.objectContaining({ path: `themes[1].items[0].${field}`, code }),
    ]);
  });
});

describe("allItems and checklistRef", () => {
  it("lists items in checklist order", () => {
    expect(allItems(checklist).map((item) => item.id)).toEqual([
      "a1",
      "a2",
      "a3",
      "a4",
      "b1",
      "b2",
      "c1",
      "c2",
    ]);
  });

  it("refers to a checklist by id and version only", () => {
    expect(checklistRef(checklist)).toEqual({ id: "pieni-kunta", version: "1.0.0" });
  });
});
