import * as z from "zod/mini";
import { type Answer, AnswerSchema, type Assessment, AssessmentSchema } from "./assessment";
import type { Checklist } from "./checklist";
import { ExampleProfileSchema } from "./example";
import { decodeFileText } from "./file-text";
import { numberedItems } from "./item-numbers";
import { LEVELS, type Level } from "./level";
import { ACTIONS_MAX, CALENDAR_MAX } from "./limits";
import {
  ASSESSMENT_FILE_VERSION,
  DEFAULT_MIGRATION_CONTEXT,
  FILE_FORMAT_LADDER,
  type MigrationContext,
  migrate,
} from "./migrations";
import { migrateEnvelope } from "./persisted-state";
import { type Action, ActionSchema, type CalendarEvent, CalendarEventSchema } from "./plan";
import {
  isRecord,
  type ParseResult,
  type Problem,
  type ProblemEntry,
  parseJson,
  parseWith,
} from "./problems";

export { ASSESSMENT_FILE_VERSION } from "./migrations";
export const ASSESSMENT_FILE_FORMAT = "kumppanuuspeili-assessment";
/**
 * What an exported file's `$schema` says: the schema's file name, relative, so an editor finds it when the
 * schema (checklists/assessment.schema.json) lies beside the file, and nothing is ever fetched from a network.
 */
export const ASSESSMENT_SCHEMA_REF = "./assessment.schema.json";

const fileHeader = (version: number) => ({
  $schema: z.optional(z.string()),
  format: z.literal(ASSESSMENT_FILE_FORMAT),
  formatVersion: z.literal(version),
});
const { id: _id, createdAt: _createdAt, ...assessmentShape } = AssessmentSchema.shape;
const { targets: _targets, actions: _actions, calendar: _calendar, ...withoutPlan } = assessmentShape;
const example = z.optional(ExampleProfileSchema);

/**
 * An exported assessment: the format tag says what the file is before anything else is read.
 * Example municipalities use the same format, with their profile and citations in `example`.
 * 2 added targets, actions and the annual clock; 3 added the assessment's id, creation time and municipality
 * code. Versions 1 and 2 are still read, lifted by the steps in migrations.ts.
 */
export const AssessmentFileSchema = z.strictObject({
  ...fileHeader(ASSESSMENT_FILE_VERSION),
  ...AssessmentSchema.shape,
  example,
});
export type AssessmentFile = z.infer<typeof AssessmentFileSchema>;
/** Version 2: no id or creation time (the municipality code is optional in every version). */
export const AssessmentFileV2Schema = z.strictObject({ ...fileHeader(2), ...assessmentShape, example });
/** Version 1: no plan either. */
export const AssessmentFileV1Schema = z.strictObject({ ...fileHeader(1), ...withoutPlan, example });

export function toAssessmentFile(assessment: Assessment): AssessmentFile {
  // Field by field, so nothing the app keeps beside the assessment leaks into the file.
  return {
    $schema: ASSESSMENT_SCHEMA_REF,
    format: ASSESSMENT_FILE_FORMAT,
    formatVersion: ASSESSMENT_FILE_VERSION,
    id: assessment.id,
    createdAt: assessment.createdAt,
    checklist: assessment.checklist,
    meta: assessment.meta,
    answers: assessment.answers,
    targets: assessment.targets,
    actions: assessment.actions,
    calendar: assessment.calendar,
    ...migrationHistory(assessment),
    updatedAt: assessment.updatedAt,
  };
}

/** Only when there is some, so a file of an assessment never moved between versions reads in older apps. */
function migrationHistory({
  review,
  retiredAnswers,
}: Assessment): Pick<Assessment, "review" | "retiredAnswers"> {
  return {
    ...(review && Object.keys(review).length > 0 ? { review } : {}),
    ...(retiredAnswers && Object.keys(retiredAnswers).length > 0 ? { retiredAnswers } : {}),
  };
}

export function slugify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "") // ä → a, ö → o, å → a
    .toLowerCase()
    .replace(/\s+/g, "-")
    .replace(/[^a-z0-9-]/g, "")
    .replace(/-{2,}/g, "-")
    .replace(/^-|-$/g, "");
}

/** e.g. `kumppanuuspeili-koski-tl-2026-11-23.json`. */
export function assessmentFileName(assessment: Assessment): string {
  const municipality = slugify(assessment.meta.municipality) || "arviointi";
  return `kumppanuuspeili-${municipality}-${assessment.meta.date}.json`;
}

function fail(problems: Problem[]): ParseResult<never> {
  return { ok: false, problems };
}

const NOT_OUR_FORMAT: Problem = { path: "", code: "notOurFormat", detail: ASSESSMENT_FILE_FORMAT };

/** A file's own record lifted to the current version; any other JSON gets one problem, not one per field. */
function migrateFile(data: unknown, context: MigrationContext): ParseResult<Record<string, unknown>> {
  if (!isRecord(data) || data.format !== ASSESSMENT_FILE_FORMAT) return fail([NOT_OUR_FORMAT]);
  return migrate(FILE_FORMAT_LADDER, data, data.formatVersion, context);
}

/** The file's shape only, for every reader of the format (own assessments, example municipalities). */
export function parseAssessmentFile(
  data: unknown,
  context: MigrationContext = DEFAULT_MIGRATION_CONTEXT,
): ParseResult<AssessmentFile> {
  const lifted = migrateFile(data, context);
  return lifted.ok ? parseWith(AssessmentFileSchema, lifted.value) : lifted;
}

/** What was read, and what had to be left out to read it: each dropped entry is named in `dropped`. */
export interface ImportedAssessment {
  assessment: Assessment;
  dropped: Problem[];
}

/**
 * Everything but the entries: if any of this is wrong, the file is refused whole. Answers, targets, actions
 * and calendar events are read one by one afterwards, so one bad entry does not cost the rest.
 */
const frameShape = {
  id: AssessmentSchema.shape.id,
  createdAt: AssessmentSchema.shape.createdAt,
  checklist: AssessmentSchema.shape.checklist,
  meta: AssessmentSchema.shape.meta,
  answers: z.record(z.string(), z.unknown()),
  targets: z.record(z.string(), z.unknown()),
  actions: z.array(z.unknown()).check(z.maxLength(ACTIONS_MAX)),
  calendar: z.array(z.unknown()).check(z.maxLength(CALENDAR_MAX)),
  // Written by the app when it moves an assessment to a new version: refused whole if wrong, never guessed.
  review: AssessmentSchema.shape.review,
  retiredAnswers: AssessmentSchema.shape.retiredAnswers,
  updatedAt: AssessmentSchema.shape.updatedAt,
};
const FileFrameSchema = z.strictObject({ ...fileHeader(ASSESSMENT_FILE_VERSION), ...frameShape, example });
const AssessmentFrameSchema = z.strictObject(frameShape);
const LevelSchema = z.literal(LEVELS);

function joinPath(base: string, sub: string): string {
  if (sub === "") return base;
  if (base === "") return sub;
  return sub.startsWith("[") ? `${base}${sub}` : `${base}.${sub}`;
}

function withPrefix(prefix: string, problems: readonly Problem[]): Problem[] {
  return problems.map((problem) => ({ ...problem, path: joinPath(prefix, problem.path) }));
}

/** The checklist the assessment names, or why there is none. */
function findChecklist(
  ref: { id: string; version: string },
  checklists: readonly Checklist[],
  prefix: string,
): ParseResult<Checklist> {
  const versions = checklists.filter((checklist) => checklist.id === ref.id);
  if (versions.length === 0) {
    return fail([{ path: joinPath(prefix, "checklist.id"), code: "unknownChecklist", detail: ref.id }]);
  }
  const checklist = versions.find((candidate) => candidate.version === ref.version);
  if (checklist === undefined) {
    const available = versions.map((candidate) => candidate.version).join(", ");
    return fail([
      {
        path: joinPath(prefix, "checklist.version"),
        code: "unknownVersion",
        detail: `${ref.version} (available: ${available})`,
      },
    ]);
  }
  return { ok: true, value: checklist };
}

/** Reads one entry; its problems, if any, are named by the entry and the field within it. */
function readEntry<T>(
  parse: () => ParseResult<T>,
  path: string,
  entry: ProblemEntry,
  dropped: Problem[],
): T | undefined {
  const result = parse();
  if (result.ok) return result.value;
  for (const problem of result.problems) {
    const field = /^[^.[]+/.exec(problem.path)?.[0];
    dropped.push({ ...problem, path: joinPath(path, problem.path), entry, ...(field ? { field } : {}) });
  }
  return undefined;
}

/** Reads the entries of an assessment whose frame is valid, keeping the valid ones. */
function salvageEntries(
  raw: Record<string, unknown>,
  frame: z.infer<typeof AssessmentFrameSchema>,
  checklist: Checklist,
  prefix: string,
): ImportedAssessment {
  const items = numberedItems(checklist);
  const dropped: Problem[] = [];
  const itemEntry = (kind: "answer" | "target", itemId: string): ProblemEntry => {
    const numbered = items.get(itemId);
    return numbered === undefined
      ? { kind, itemId }
      : { kind, itemId, item: { number: numbered.number, text: numbered.item.text } };
  };
  const unknownItem = (itemId: string) => (): ParseResult<never> =>
    fail([{ path: "", code: "unknownItem", detail: itemId }]);
  /** The valid entries of a record keyed by item id: answers or targets. */
  const itemEntries = <T>(
    kind: "answer" | "target",
    field: "answers" | "targets",
    schema: z.ZodMiniType<T>,
  ) => {
    const kept: [string, T][] = [];
    // The raw record, not zod's copy: an id such as "__proto__" stays an own key and is named, not lost.
    for (const [itemId, value] of Object.entries(raw[field] as Record<string, unknown>)) {
      const parse = items.has(itemId) ? () => parseWith(schema, value) : unknownItem(itemId);
      const entry = readEntry(
        parse,
        joinPath(prefix, `${field}.${itemId}`),
        itemEntry(kind, itemId),
        dropped,
      );
      if (entry !== undefined) kept.push([itemId, entry]);
    }
    return kept;
  };
  const answers = itemEntries<Answer>("answer", "answers", AnswerSchema);
  const targets = itemEntries<Level>("target", "targets", LevelSchema);
  const actions: Action[] = [];
  frame.actions.forEach((value, index) => {
    const parse = (): ParseResult<Action> => {
      const action = parseWith(ActionSchema, value);
      if (!action.ok || action.value.itemId === undefined || items.has(action.value.itemId)) return action;
      return fail([{ path: "itemId", code: "unknownItem", detail: action.value.itemId }]);
    };
    const action = readEntry(
      parse,
      joinPath(prefix, `actions[${index}]`),
      { kind: "action", index },
      dropped,
    );
    if (action !== undefined) actions.push(action);
  });
  const calendar: CalendarEvent[] = [];
  frame.calendar.forEach((value, index) => {
    const parse = () => parseWith(CalendarEventSchema, value);
    const event = readEntry(parse, joinPath(prefix, `calendar[${index}]`), { kind: "event", index }, dropped);
    if (event !== undefined) calendar.push(event);
  });
  const { id, createdAt, checklist: ref, meta, updatedAt } = frame;
  // A mark to check an item the checklist does not have would point at nothing.
  const review = Object.entries(frame.review ?? {}).filter(([itemId]) => items.has(itemId));
  return {
    assessment: {
      id,
      createdAt,
      checklist: { id: ref.id, version: ref.version },
      meta,
      // fromEntries defines own properties, so no key can reach a prototype.
      answers: Object.fromEntries(answers),
      targets: Object.fromEntries(targets) as Record<string, Level>,
      actions,
      calendar,
      ...(review.length > 0 ? { review: Object.fromEntries(review) } : {}),
      ...(frame.retiredAnswers ? { retiredAnswers: frame.retiredAnswers } : {}),
      updatedAt,
    },
    dropped,
  };
}

function salvage(
  raw: Record<string, unknown>,
  frame: z.infer<typeof AssessmentFrameSchema>,
  checklists: readonly Checklist[],
  prefix: string,
): ParseResult<ImportedAssessment> {
  const checklist = findChecklist(frame.checklist, checklists, prefix);
  return checklist.ok ? { ok: true, value: salvageEntries(raw, frame, checklist.value, prefix) } : checklist;
}

/** A backup of the stored state (the zustand envelope the app offers after a storage problem). */
function isStoredEnvelope(data: unknown): data is Record<string, unknown> {
  return (
    isRecord(data) && data.format === undefined && isRecord(data.state) && Object.hasOwn(data, "version")
  );
}

/**
 * Reads parsed JSON for an import: an assessment file of any version still read, or a stored-state backup.
 * The frame (format, version, checklist, meta, ids) must be valid; entries that are not are left out and named.
 */
export function importAssessment(
  data: unknown,
  checklists: readonly Checklist[],
  context: MigrationContext = DEFAULT_MIGRATION_CONTEXT,
): ParseResult<ImportedAssessment> {
  if (isStoredEnvelope(data)) {
    const state = migrateEnvelope(data, context);
    if (!state.ok) return state;
    const assessment = state.value.assessment;
    if (assessment === null || assessment === undefined) {
      return fail([{ path: "state.assessment", code: "noAssessment" }]);
    }
    const prefix = "state.assessment";
    const frame = parseWith(AssessmentFrameSchema, assessment);
    if (!frame.ok) return fail(withPrefix(prefix, frame.problems));
    return salvage(assessment as Record<string, unknown>, frame.value, checklists, prefix);
  }
  const lifted = migrateFile(data, context);
  if (!lifted.ok) return lifted;
  const frame = parseWith(FileFrameSchema, lifted.value);
  if (!frame.ok) return frame;
  return salvage(lifted.value, frame.value, checklists, "");
}

/** Bytes as read from a file: size and encoding first, then JSON, then the import. */
export function readAssessmentBytes(
  bytes: Uint8Array,
  checklists: readonly Checklist[],
  context: MigrationContext = DEFAULT_MIGRATION_CONTEXT,
): ParseResult<ImportedAssessment> {
  const text = decodeFileText(bytes);
  if (!text.ok) return text;
  const data = parseJson(text.value);
  return data.ok ? importAssessment(data.value, checklists, context) : data;
}

/** For readers that take a file whole or not at all (scoring, comparison): any left-out entry refuses it. */
export function wholeAssessment(result: ParseResult<ImportedAssessment>): ParseResult<Assessment> {
  if (!result.ok) return result;
  const { assessment, dropped } = result.value;
  return dropped.length === 0 ? { ok: true, value: assessment } : fail(dropped);
}

export function readAssessmentFile(text: string, checklists: readonly Checklist[]): ParseResult<Assessment> {
  const data = parseJson(text);
  return data.ok ? wholeAssessment(importAssessment(data.value, checklists)) : data;
}
