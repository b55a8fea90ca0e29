import { describe, expect, it } from "vitest";
import { resources } from "./resources";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

/** i18next plural suffixes differ by language only in rare cases; fi, sv and en all use _one/_other. */
describe("translations", () => {
  for (const namespace of Object.keys(resources.fi) as (keyof typeof resources.fi)[]) {
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
