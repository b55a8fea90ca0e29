import { describe, expect, it } from "vitest";
import { buildChecklist, PIENI_KUNTA } from "../../tests/fixtures/build-checklist";
import { PRACTICE_CATALOG_FORMAT, type PracticeCard } from "./practice";
import { practicesForItem, readPracticeCatalog } from "./practice-catalog";

const checklist = buildChecklist(PIENI_KUNTA, "pieni-kunta", "1.0.0");
const SEED = "002_9274484d39675f21.txt";

function card(id: string, items: string[], seed = SEED): PracticeCard {
  const text = { fi: id, sv: id, en: id };
  return { id, title: text, place: text, summary: text, seed, items };
}

const cards = [card("yhteisovaliokunta", ["a3", "a2"]), card("yhdistysillat", ["a1"]), card("tilat", ["c1"])];

function catalog(practices: PracticeCard[], version = "1.0.0", id = "pieni-kunta") {
  return { format: PRACTICE_CATALOG_FORMAT, formatVersion: 1, checklist: { id, version }, practices };
}

function problemsOf(data: unknown) {
  const result = readPracticeCatalog(data, checklist);
  return result.ok ? [] : result.problems;
}

describe("readPracticeCatalog", () => {
  it("reads the cards in the catalog's order", () => {
    expect(readPracticeCatalog(catalog(cards), checklist)).toEqual({ ok: true, value: cards });
  });

  it("accepts the $schema pointer editors use", () => {
    const data = { $schema: "../practices.schema.json", ...catalog(cards) };
    expect(readPracticeCatalog(data, checklist).ok).toBe(true);
  });

  it("reports a file that is not a practice catalog with one problem", () => {
    expect(problemsOf({ format: "kumppanuuspeili-assessment", practices: [] })).toEqual([
      { path: "format", code: "notAllowed", detail: PRACTICE_CATALOG_FORMAT },
    ]);
  });

  it("reports schema problems by their paths", () => {
    expect(problemsOf(catalog([{ ...card("x", []), id: "Iso Kirjain" }]))).toEqual([
      { path: "practices[0].id", code: "badFormat", detail: expect.any(String) },
      { path: "practices[0].items", code: "tooShort", detail: "1" },
    ]);
  });

  it("reports a catalog for another checklist", () => {
    expect(problemsOf(catalog(cards, "1.0.0", "muu-lista"))).toEqual([
      { path: "checklist.id", code: "unknownChecklist", detail: "muu-lista" },
    ]);
  });

  it("reports a repeated card id", () => {
    expect(problemsOf(catalog([...cards, card("yhdistysillat", ["b1"])]))).toEqual([
      { path: "practices[3].id", code: "duplicateId", detail: "yhdistysillat" },
    ]);
  });

  it("reports unknown items and seeds within the same checklist version", () => {
    const other = "001_a1d4cf03c20a9a4f.txt";
    expect(problemsOf(catalog([card("a", ["a1", "zz"]), card("b", ["b1"], other)]))).toEqual([
      { path: "practices[0].items[1]", code: "unknownItem", detail: "zz" },
      { path: "practices[1].seed", code: "unknownSource", detail: other },
    ]);
  });

  it("drops unknown items of another checklist version, and cards left without items", () => {
    const older = catalog([card("a", ["zz", "a1"]), card("b", ["yy"]), card("c", ["c2"])], "0.9.0");
    expect(readPracticeCatalog(older, checklist)).toEqual({
      ok: true,
      value: [card("a", ["a1"]), card("c", ["c2"])],
    });
  });
});

describe("practicesForItem", () => {
  it("finds the cards that show a way forward for an item, in catalog order", () => {
    expect(practicesForItem(cards, "a2").map((c) => c.id)).toEqual(["yhteisovaliokunta"]);
    expect(practicesForItem([...cards, card("toinen", ["a1"])], "a1").map((c) => c.id)).toEqual([
      "yhdistysillat",
      "toinen",
    ]);
    expect(practicesForItem(cards, "b2")).toEqual([]);
  });
});
