// @vitest-environment node
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { toChecklistFile } from "../../src/domain/adapted-checklist";
import { regional } from "../fixtures/adapted-checklist";

const ROOT = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), "utf8"));

describe("checklist.schema.json, the schema authors get", () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
    read("checklists/checklist.schema.json"),
  );

  it("accepts every shipped checklist version", () => {
    for (const version of ["1.0.0", "1.1.0"]) {
      const valid = validate(read(`checklists/jarjestoystavallinen-kunta/${version}.json`));
      expect(valid, JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it("accepts an adapted checklist's exported file, with a local item in Finnish only, and refuses one with no text", () => {
    const exported = JSON.parse(JSON.stringify(toChecklistFile(regional())));
    expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);
    exported.themes[0].items[3].text = {};
    expect(validate(exported)).toBe(false);
  });
});
