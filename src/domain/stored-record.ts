import * as z from "zod/mini";
import { type Assessment, AssessmentIdSchema, AssessmentSchema } from "./assessment";
import { ASSESSMENT_FILE_VERSION } from "./assessment-file";
import { isRecord, type Problem, parseWith } from "./problems";

/** The shape of a stored assessment is the file format's: one version number for both. */
export const STORED_FORMAT_VERSION = ASSESSMENT_FILE_VERSION;

/** One assessment in the database. `revision` grows by one with every write, so a stale writer is caught. */
export const StoredRecordSchema = z.strictObject({
  id: AssessmentIdSchema,
  revision: z.int().check(z.minimum(1)),
  formatVersion: z.literal(STORED_FORMAT_VERSION),
  assessment: AssessmentSchema,
});
export type StoredRecord = z.infer<typeof StoredRecordSchema>;

/**
 * What a stored value turned out to be. Anything but "ok" is set aside: shown to the user as raw data to
 * download, and never overwritten or deleted by this version of the app.
 */
export type ReadRecord =
  | { kind: "ok"; record: StoredRecord }
  | { kind: "newer"; id: string; formatVersion: number; raw: string }
  | { kind: "damaged"; id: string; problems: Problem[]; raw: string };

/** A stored value as text to download, whatever it holds (it may not even be JSON-serialisable). */
export function rawText(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Validates a value read from storage under `key`; the record must also carry that key as its id. */
export function readStoredRecord(key: string, value: unknown): ReadRecord {
  if (
    isRecord(value) &&
    typeof value.formatVersion === "number" &&
    value.formatVersion > STORED_FORMAT_VERSION
  ) {
    return { kind: "newer", id: key, formatVersion: value.formatVersion, raw: rawText(value) };
  }
  const parsed = parseWith(StoredRecordSchema, value);
  if (!parsed.ok) return { kind: "damaged", id: key, problems: parsed.problems, raw: rawText(value) };
  const record = parsed.value;
  if (record.id !== key || record.assessment.id !== key) {
    return {
      kind: "damaged",
      id: key,
      problems: [{ path: "id", code: "invalid", detail: key }],
      raw: rawText(value),
    };
  }
  return { kind: "ok", record };
}

export function storedRecord(assessment: Assessment, revision: number): StoredRecord {
  return { id: assessment.id, revision, formatVersion: STORED_FORMAT_VERSION, assessment };
}
