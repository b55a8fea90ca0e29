import { describe, expect, it } from "vitest";
import en from "../../i18n/locales/en/results.json";
import fi from "../../i18n/locales/fi/results.json";
import sv from "../../i18n/locales/sv/results.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

// Types check only the Finnish keys; a key missing in Swedish or English would show up blank.
describe("results translations", () => {
  it("have the same keys in every language", () => {
    expect(keys(sv)).toEqual(keys(fi));
    expect(keys(en)).toEqual(keys(fi));
  });
});
