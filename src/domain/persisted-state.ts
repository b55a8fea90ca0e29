import * as z from "zod/mini";
import { AssessmentSchema } from "./assessment";
import { LANGUAGES } from "./localized";
import { DEFAULT_MIGRATION_CONTEXT, type MigrationContext, migrate, STORED_STATE_LADDER } from "./migrations";
import { type ParseResult, parseJson, parseWith } from "./problems";

export { PERSISTED_STATE_VERSION } from "./migrations";

export const PersistedStateSchema = z.strictObject({
  assessment: z.nullable(AssessmentSchema),
  language: z.enum(LANGUAGES),
});
export type PersistedState = z.infer<typeof PersistedStateSchema>;

/** zustand's persist envelope: `{ state, version }`. */
const EnvelopeSchema = z.object({ state: z.record(z.string(), z.unknown()), version: z.unknown() });

/** An envelope's state lifted to the current version, not yet validated (the import salvages what it can). */
export function migrateEnvelope(
  data: unknown,
  context: MigrationContext = DEFAULT_MIGRATION_CONTEXT,
): ParseResult<Record<string, unknown>> {
  const envelope = parseWith(EnvelopeSchema, data);
  if (!envelope.ok) return envelope;
  return migrate(STORED_STATE_LADDER, envelope.value.state, envelope.value.version, context);
}

/**
 * Reads what the store saved earlier: parse, refuse a newer version, migrate an older one, validate.
 * Everything that fails comes back as problems so the caller can keep the raw text instead of losing it.
 */
export function restorePersistedState(
  raw: string,
  context: MigrationContext = DEFAULT_MIGRATION_CONTEXT,
): ParseResult<PersistedState> {
  const data = parseJson(raw);
  if (!data.ok) return data;
  const migrated = migrateEnvelope(data.value, context);
  if (!migrated.ok) return migrated;
  return parseWith(PersistedStateSchema, migrated.value);
}
