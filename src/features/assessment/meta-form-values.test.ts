import { describe, expect, it } from "vitest";
import type { AssessmentMeta } from "../../domain/assessment";
import { metaResolver, validMetaFields } from "./meta-form-values";

const meta: AssessmentMeta = {
  municipality: "Koski Tl",
  year: 2026,
  respondentRole: "workshop",
  date: "2026-03-15",
};

describe("validMetaFields", () => {
  it("keeps every field when all are valid", () => {
    expect(validMetaFields(meta)).toEqual({ changes: { ...meta, municipalityCode: "284" }, isValid: true });
  });

  it("sets the code of an official name and clears it for any other name", () => {
    expect(validMetaFields({ ...meta, municipality: "Pargas" }).changes.municipalityCode).toBe("445");
    const other = validMetaFields({ ...meta, municipality: "Kuntayhtymä X", municipalityCode: "284" });
    expect(other.changes).toHaveProperty("municipalityCode", undefined);
    expect(other.isValid).toBe(true);
  });

  it("drops only the invalid fields", () => {
    expect(validMetaFields({ ...meta, year: Number.NaN, date: "" })).toEqual({
      changes: { municipality: "Koski Tl", municipalityCode: "284", respondentRole: "workshop" },
      isValid: false,
    });
  });
});

describe("metaResolver", () => {
  it("reports the problem code per field", async () => {
    const result = await metaResolver({ ...meta, year: 1800 }, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    expect(result.errors.year?.type).toBe("tooSmall");
    expect(result.errors.municipality).toBeUndefined();
  });
});
