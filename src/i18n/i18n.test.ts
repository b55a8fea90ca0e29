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
      "share",
      "shareLink",
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
