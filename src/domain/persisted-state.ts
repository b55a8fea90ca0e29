import * as z from "zod/mini";
import { AssessmentSchema, newAssessmentId } from "./assessment";
import { LANGUAGES } from "./localized";
import { emptyPlan } from "./plan";
import { isRecord, type ParseResult, parseJsonWith, parseWith } from "./problems";

/** Bump when the stored shape changes, and add a step to MIGRATIONS that lifts the previous shape. */
export const PERSISTED_STATE_VERSION = 3;

export const PersistedStateSchema = z.strictObject({
  assessment: z.nullable(AssessmentSchema),
  language: z.enum(LANGUAGES),
});
export type PersistedState = z.infer<typeof PersistedStateSchema>;

const EnvelopeSchema = z.object({ state: z.unknown(), version: z.int().check(z.minimum(0)) });

/** MIGRATIONS[n] turns version n's state into version n + 1's. */
const MIGRATIONS: Record<number, (state: unknown) => unknown> = {
  // 1 → 2: targets, actions and the annual clock joined the assessment.
  1: (state) =>
    isRecord(state) && isRecord(state.assessment)
      ? { ...state, assessment: { ...emptyPlan(), ...state.assessment } }
      : state,
  // 2 → 3: the assessment got an id and a creation time.
  2: (state) =>
    isRecord(state) && isRecord(state.assessment)
      ? {
          ...state,
          assessment: { id: newAssessmentId(), createdAt: state.assessment.updatedAt, ...state.assessment },
        }
      : state,
};

function migrateState(state: unknown, fromVersion: number): ParseResult<unknown> {
  let current = state;
  for (let version = fromVersion; version < PERSISTED_STATE_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step)
      return { ok: false, problems: [{ path: "version", code: "unknownVersion", detail: String(version) }] };
    current = step(current);
  }
  return { ok: true, value: current };
}

/**
 * Reads what the store saved earlier: parse, refuse a newer version, migrate an older one, validate.
 * Everything that fails comes back as problems so the caller can keep the raw text instead of losing it.
 */
export function restorePersistedState(raw: string): ParseResult<PersistedState> {
  const envelope = parseJsonWith(EnvelopeSchema, raw);
  if (!envelope.ok) return envelope;
  const { state, version } = envelope.value;
  if (version > PERSISTED_STATE_VERSION) {
    return { ok: false, problems: [{ path: "version", code: "unknownVersion", detail: String(version) }] };
  }
  const migrated = migrateState(state, version);
  if (!migrated.ok) return migrated;
  return parseWith(PersistedStateSchema, migrated.value);
}
