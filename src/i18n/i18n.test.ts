import { describe, expect, it } from "vitest";
import type { Language } from "../domain/localized";

// Every locale file, bundled or lazy: `locales/<language>/<namespace>.json`.
const files = import.meta.glob<Record<string, unknown>>("./locales/*/*.json", {
  eager: true,
  import: "default",
});
const resources: Record<Language, Record<string, unknown>> = { fi: {}, sv: {}, en: {} };
for (const [file, data] of Object.entries(files)) {
  const [, language, namespace] = /\.\/locales\/(\w+)\/(\w+)\.json$/.exec(file) ?? [];
  if (language && namespace) resources[language as Language][namespace] = data;
}

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

/** i18next plural suffixes differ by language only in rare cases; fi, sv and en all use _one/_other. */
describe("translations", () => {
  it("covers every namespace", () => {
    expect(Object.keys(resources.fi).sort()).toEqual([
      "about",
      "adapt",
      "adaptationNote",
      "annualClock",
      "assessment",
      "common",
      "compare",
      "history",
      "library",
      "perspectives",
      "plan",
      "projector",
      "report",
      "results",
      "review",
      "share",
      "shareLink",
      "versions",
      "workshop",
    ]);
  });

  for (const namespace of Object.keys(resources.fi)) {
    it(`sv and en have exactly the Finnish keys in "${namespace}"`, () => {
      const finnish = keys(resources.fi[namespace]).sort();
      expect(keys(resources.sv[namespace]).sort()).toEqual(finnish);
      expect(keys(resources.en[namespace]).sort()).toEqual(finnish);
    });

    it(`has no empty texts in "${namespace}"`, () => {
      for (const language of ["fi", "sv", "en"] as const) {
        const flat = JSON.stringify(resources[language][namespace]);
        expect(flat).not.toMatch(/:""/);
      }
    });
  }
});

function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return typeof value === "object" && value !== null ? Object.values(value).flatMap(texts) : [];
}

/**
 * "Answered" counts every answer ("don't know" and "not applicable" too), "scored" only the answers on a level
 * that the score counts: a page that mixed them said "48 / 48 answered" and "answered 37 of 43" of one assessment.
 */
describe("one word for one thing", () => {
  const words = {
    fi: {
      answered: /vastattu/i,
      scored: /pisteytet/i,
      note: /muistiinpano/i,
      otherNote: /\bhuomio(t|n|ita|ta)?\b/i,
    },
    sv: { answered: /besvarade/i, scored: /poängsatt/i, note: /anteckning/i, otherNote: /iakttagelse/i },
    en: { answered: /answered/i, scored: /scored/i, note: /\bnotes?\b/i, otherNote: /\bremarks?\b/i },
  } as const;

  for (const language of ["fi", "sv", "en"] as const) {
    const all = Object.values(resources[language]).flatMap(texts);
    const { answered, scored, note, otherNote } = words[language];

    it(`says "scored" wherever a text counts the scored items (${language})`, () => {
      // "88 % (14/16)" has no words to get wrong.
      const worded = (text: string) => /\p{L}/u.test(text.replace(/\{\{\w+\}\}/g, ""));
      const counting = all.filter((text) => text.includes("{{scored}}") && worded(text));
      expect(counting.length).toBeGreaterThan(0);
      for (const text of counting) expect(text).toMatch(scored);
    });

    it(`never calls a count of every answer "scored" (${language})`, () => {
      const counting = all.filter((text) => text.includes("{{answered}}"));
      for (const text of counting) expect(text).not.toMatch(scored);
      expect(counting.some((text) => answered.test(text))).toBe(true);
    });

    it(`calls an item's note by one name (${language})`, () => {
      expect(all.some((text) => note.test(text))).toBe(true);
      for (const text of all) expect(text).not.toMatch(otherNote);
    });
  }
});
