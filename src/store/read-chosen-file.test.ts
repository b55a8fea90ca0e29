import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundledRegistry } from "../../tests/bundled-checklists";
import { anyFileBytes } from "../../tests/fuzz/assessment-file-cases";
import { FILE_MAX_BYTES } from "../domain/limits";
import { useAppStore } from "./app-store";
import { readChosenAssessmentFile, readChosenFile } from "./read-chosen-file";

function chosen(bytes: Uint8Array, name = "valittu.json"): File {
  // A copy on a plain ArrayBuffer, as a File needs.
  return new File([new Uint8Array(bytes)], name, { type: "application/json" });
}

describe("readChosenFile", () => {
  it("refuses a file over the limit by its size, without reading it", async () => {
    const huge = chosen(new Uint8Array(FILE_MAX_BYTES + 1));
    huge.arrayBuffer = () => Promise.reject(new Error("read although too large"));
    expect(await readChosenFile(huge)).toEqual({
      ok: false,
      problems: [{ path: "", code: "tooLarge", detail: "2 MB" }],
    });
  });

  // Reading is all it does: whatever the file, nothing saved changes until the user confirms an import.
  it("leaves the store and the browser's storage as they were, for 300 generated files", async () => {
    useAppStore.setState({ checklistRegistry: bundledRegistry });
    const before = JSON.stringify(useAppStore.getState());
    const storage = JSON.stringify({ ...localStorage });
    await fc.assert(
      fc.asyncProperty(anyFileBytes, async (bytes) => {
        const result = await readChosenFile(chosen(bytes));
        const whole = await readChosenAssessmentFile(chosen(bytes));
        expect(whole.ok).toBe(result.ok && result.value.dropped.length === 0);
        expect(JSON.stringify(useAppStore.getState())).toBe(before);
        expect(JSON.stringify({ ...localStorage })).toBe(storage);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("gives a version 2 file with an official name its municipality code, and a free-text name none", async () => {
    useAppStore.setState({ checklistRegistry: bundledRegistry });
    const checklist = bundledRegistry.checklists[0];
    const file = (meta: object) =>
      chosen(
        new TextEncoder().encode(
          JSON.stringify({
            format: "kumppanuuspeili-assessment",
            formatVersion: 2,
            checklist: { id: checklist?.id, version: checklist?.version },
            meta: { year: 2026, respondentRole: "municipality", date: "2026-11-23", ...meta },
            answers: {},
            targets: {},
            actions: [],
            calendar: [],
            updatedAt: "2026-11-23T10:00:00.000Z",
          }),
        ),
      );
    const metaOf = async (meta: object) => {
      const result = await readChosenFile(file(meta));
      return result.ok ? result.value.assessment.meta : null;
    };
    expect((await metaOf({ municipality: "Pargas" }))?.municipalityCode).toBe("445");
    expect((await metaOf({ municipality: "Kuntayhtymä Kaarina-Lieto" }))?.municipalityCode).toBeUndefined();
  });
});
