import { describe, expect, it } from "vitest";
import { regional } from "../../tests/fixtures/adapted-checklist";
import { PIENI_KUNTA_1_0 } from "../../tests/fixtures/checklist-versions";
import {
  adaptationProblems,
  adaptationSummary,
  comparabilityNotes,
  deriveChecklist,
  hideItem,
  putItem,
  restoreItem,
  toChecklistFile,
} from "./adapted-checklist";
import { type Checklist, ChecklistSchema, type Item } from "./checklist";
import { readAdaptedChecklistBytes } from "./checklist-file";
import { parseWith } from "./problems";
import { scoreAssessment } from "./scoring";

const text = (value: string) => ({ fi: value, sv: value, en: value });
const base = PIENI_KUNTA_1_0;

describe("an adapted checklist", () => {
  it("records its base and starts as a copy of it under its own id", () => {
    const derived = deriveChecklist(base, "seutu-kunta", text("Seudun kunta"));
    expect(derived.adaptation).toEqual({
      basedOn: { id: "pieni-kunta", version: "1.0.0" },
      hidden: [],
      localSources: [],
    });
    expect(derived.id).toBe("seutu-kunta");
    expect(derived.version).toBe("1.0.0");
    expect(derived.themes).toEqual(base.themes);
    expect(parseWith(ChecklistSchema, derived).ok).toBe(true);
  });

  it("shows a local item's missing translations in the language it has, and says they are missing", () => {
    const l1 = regional().themes[0]?.items.find((item) => item.id === "l1");
    expect(l1?.text).toEqual({
      fi: "Kylätoimikunnat kutsutaan",
      sv: "Kylätoimikunnat kutsutaan",
      en: "Kylätoimikunnat kutsutaan",
    });
    expect(l1?.untranslated).toEqual({ text: ["sv", "en"], help: ["sv", "en"], suggestion: ["sv", "en"] });
    expect(l1?.shownIn).toBe("fi");
  });

  it("exports what its author wrote, which reads back the same and has no filled-in translation", () => {
    const adapted = regional();
    const file = toChecklistFile(adapted) as { themes: { items: Record<string, unknown>[] }[] };
    const l1 = file.themes[0]?.items.find((item) => item.id === "l1");
    expect(l1?.text).toEqual({ fi: "Kylätoimikunnat kutsutaan" });
    expect(l1).not.toHaveProperty("untranslated");
    expect(l1).not.toHaveProperty("shownIn");
    const { $schema: _schema, ...read } = (
      parseWith(ChecklistSchema, JSON.parse(JSON.stringify(file))) as { value: Checklist }
    ).value;
    expect(read).toEqual(adapted);
  });

  it("scores its own items: hand-computed with the hidden ones left out, the local one in, b1 weighed 3", () => {
    const score = scoreAssessment(regional(), {
      a1: { kind: "level", level: 3 },
      a3: { kind: "level", level: 1 },
      a4: { kind: "level", level: 2 },
      l1: { kind: "level", level: 2 },
      b1: { kind: "level", level: 1 },
      b2: { kind: "level", level: 3 },
      c2: { kind: "level", level: 0 },
    });
    // yhteistyo: a1 3×3 + a3 2×1 + a4 1×2 + l1 2×2 = 17 of 3 × (3+2+1+2) = 24 → 70.83
    // tuki: b1 3×1 + b2 2×3 = 9 of 3 × (3+2) = 15 → 60; tilat: c2 3×0 = 0 of 9 → 0
    expect(score.themes.map((theme) => theme.score)).toEqual([(100 * 17) / 24, 60, 0]);
    expect(score.overall.score).toBeCloseTo(((100 * 17) / 24 + 60 + 0) / 3, 10);
  });

  it("sums up how it differs from its base, for comparisons to say", () => {
    const summary = adaptationSummary(regional(), base);
    expect(summary.hidden.map(({ item, why }) => [item.id, why])).toEqual([
      ["a2", { fi: "Ei seudulla" }],
      ["c1", { fi: "Ei omia tiloja", sv: "Inga egna lokaler" }],
    ]);
    expect(summary.local.map((item) => item.id)).toEqual(["l1"]);
    expect(summary.reworded).toEqual([]);
    expect(summary.reweighted.map(({ item, before, after }) => [item.id, before, after])).toEqual([
      ["b1", 2, 3],
    ]);
  });

  it("names what a comparison with the base leaves out on each side", () => {
    const notes = comparabilityNotes(regional(), base);
    expect(notes.onlyOwn.map((item) => item.id)).toEqual(["l1"]);
    expect(notes.onlyOther.map((item) => item.id)).toEqual(["a2", "c1"]);
    expect(notes.hiddenOwn.map((entry) => entry.item)).toEqual(["a2", "c1"]);
    expect(notes.hiddenOther).toEqual([]);
  });

  it("puts a hidden item back where the base has it", () => {
    const restored = restoreItem(regional(), base, "a2");
    expect(restored.themes[0]?.items.map((item) => item.id)).toEqual(["a1", "a2", "a3", "a4", "l1"]);
    expect(restored.adaptation?.hidden.map((entry) => entry.item)).toEqual(["c1"]);
  });

  it("finds what it says wrong about its base", () => {
    expect(adaptationProblems(regional(), base)).toEqual([]);
    const wrong = putItem(hideItem(regional(), "zz", { fi: "?" }), "tuki", {
      ...(base.themes[1]?.items[1] as Item),
      id: "b9",
    });
    expect(adaptationProblems(wrong, base)).toEqual([
      'hidden item "zz" is not an item of pieni-kunta 1.0.0',
      '"b9" is not an item of pieni-kunta 1.0.0: mark it "local": true',
    ]);
  });
});

interface FileData {
  themes: { items: Record<string, unknown>[] }[];
  adaptation?: { hidden: unknown[]; localSources: Record<string, unknown>[] };
}

describe("an adapted checklist file with problems", () => {
  const adapted = () => JSON.parse(JSON.stringify(toChecklistFile(regional()))) as FileData;
  const paths = (data: unknown) => {
    const result = parseWith(ChecklistSchema, data);
    return result.ok ? [] : result.problems.map((problem) => problem.path);
  };

  it("names every language of a local item's text when it has none", () => {
    const file = adapted();
    const items = file.themes[0]?.items ?? [];
    items[3] = { ...items[3], text: {} };
    expect(paths(file)).toEqual([
      "themes[0].items[3].text.fi",
      "themes[0].items[3].text.sv",
      "themes[0].items[3].text.en",
    ]);
  });

  it("names a missing local source and an item both hidden and kept", () => {
    const file = adapted();
    const items = file.themes[0]?.items ?? [];
    items[3] = { ...items[3], localSources: ["ei-ole"] };
    file.adaptation?.hidden.push({ item: "a1", why: { fi: "Ei" } });
    expect(paths(file)).toEqual(["themes[0].items[3].localSources[0]", "adaptation.hidden[2].item"]);
  });

  it("refuses a local item in a checklist that is not adapted, and a web source that is not a web address", () => {
    const file = adapted();
    const source = file.adaptation?.localSources[0];
    if (source) source.url = "javascript:alert(1)";
    expect(paths(file)).toEqual(["adaptation.localSources[0].url"]);
    const { adaptation: _adaptation, ...plain } = adapted();
    expect(paths(plain)).toEqual(["themes[0].items[3].local", "themes[0].items[3].localSources[0]"]);
  });
});

describe("readAdaptedChecklistBytes", () => {
  const bytes = (value: unknown) =>
    new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value));

  it("reads an exported adapted checklist back as it was", () => {
    expect(readAdaptedChecklistBytes(bytes(toChecklistFile(regional())), [base])).toEqual({
      ok: true,
      value: regional(),
    });
  });

  it("names what is wrong: not JSON, no adaptation, a shipped id, an unknown base, an item the base lacks", () => {
    const codes = (value: unknown) => {
      const result = readAdaptedChecklistBytes(bytes(value), [base]);
      return result.ok ? [] : result.problems.map(({ path, code }) => `${path}:${code}`);
    };
    expect(codes("{ ei json")).toEqual([":invalidJson"]);
    const { adaptation: _adaptation, ...plain } = toChecklistFile(
      deriveChecklist(base, "oma", text("Oma")),
    ) as Record<string, unknown>;
    expect(codes(plain)).toEqual(["adaptation:missing"]);
    expect(codes({ ...(toChecklistFile(regional()) as object), id: "pieni-kunta" })).toEqual(["id:invalid"]);
    const other = toChecklistFile(regional()) as { adaptation: { basedOn: { version: string } } };
    other.adaptation.basedOn.version = "9.0.0";
    expect(codes(other)).toEqual(["adaptation.basedOn.version:unknownVersion"]);
    const stray = toChecklistFile(
      putItem(regional(), "tuki", { ...(base.themes[1]?.items[1] as Item), id: "b9" }),
    );
    expect(codes(stray)).toEqual(["adaptation:invalid"]);
  });
});

describe("an adapted checklist beside its base's example municipality", () => {
  it("reads Koski Tl against the adaptation: the hidden items are the unmatched ones", async () => {
    const { bundledRegistry } = await import("../../tests/bundled-checklists");
    const { default: koski } = await import(
      "../../checklists/jarjestoystavallinen-kunta/examples/koski-tl.json"
    );
    const { latestChecklist } = await import("./registry-lookup");
    const { readExample } = await import("./example-file");
    const newest = latestChecklist(bundledRegistry);
    if (!newest) throw new Error("a checklist ships");
    const [first, second] = newest.themes[0]?.items ?? [];
    if (!first || !second) throw new Error("the first theme has two items");
    let adapted = deriveChecklist(newest, "seutu", text("Seutu"));
    adapted = hideItem(adapted, first.id, { fi: "Ei seudulla" });
    adapted = hideItem(adapted, second.id, { fi: "Ei seudulla" });
    const example = readExample(koski, adapted);
    expect(example.ok && example.value.unmatchedItemIds).toEqual([first.id, second.id].sort());
    expect(example.ok && Object.keys(example.value.assessment.answers)).not.toContain(first.id);
  });
});
