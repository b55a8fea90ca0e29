import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

interface Override {
  includes: string[];
  linter?: {
    rules?: { style?: { noRestrictedImports?: { options?: { patterns?: { group: string[] }[] } } } };
  };
}

describe("biome.json's boundary rules", () => {
  const config = JSON.parse(readFileSync(path.join(ROOT, "biome.json"), "utf8")) as { overrides: Override[] };
  const features = readdirSync(path.join(ROOT, "src/features"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

  // Biome matches import specifiers, not resolved files: a new feature folder needs its own override.
  it.each(features)("forbid %s to import every other feature", (feature) => {
    const override = config.overrides.find((o) => o.includes.includes(`src/features/${feature}/**`));
    const groups = override?.linter?.rules?.style?.noRestrictedImports?.options?.patterns?.flatMap(
      (pattern) => pattern.group,
    );
    const others = features.filter((other) => other !== feature).map((other) => `**/${other}/**`);
    expect(groups?.toSorted()).toEqual(others.toSorted());
  });
});
