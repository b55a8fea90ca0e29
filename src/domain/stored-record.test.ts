import { describe, expect, it } from "vitest";
import { createAssessment } from "./assessment";
import { readStoredRecord, STORED_FORMAT_VERSION, storedRecord } from "./stored-record";

const assessment = createAssessment(
  { id: "jarjestoystavallinen-kunta", version: "1.0.0" },
  new Date("2026-11-23T10:00:00.000Z"),
  "assessment-0001",
);

describe("stored records", () => {
  it("reads a valid record", () => {
    const record = storedRecord(assessment, 3);
    expect(readStoredRecord("assessment-0001", record)).toEqual({ kind: "ok", record });
  });

  it("sets aside a record from a newer format, keeping its raw data", () => {
    const newer = { ...storedRecord(assessment, 1), formatVersion: STORED_FORMAT_VERSION + 1, extra: 1 };
    const read = readStoredRecord("assessment-0001", newer);
    expect(read).toMatchObject({ kind: "newer", formatVersion: STORED_FORMAT_VERSION + 1 });
    expect(read.kind !== "ok" && JSON.parse(read.raw)).toEqual(newer);
  });

  it("calls a record damaged when it fails the schema or its id is not its key", () => {
    expect(readStoredRecord("assessment-0001", { id: "assessment-0001", revision: 1 }).kind).toBe("damaged");
    expect(readStoredRecord("assessment-0002", storedRecord(assessment, 1)).kind).toBe("damaged");
    expect(readStoredRecord("x", "text").kind).toBe("damaged");
  });
});
