import { type Checklist, type ChecklistRef, ChecklistSchema } from "./checklist";
import { type Problem, parseWith } from "./problems";
import { rawText } from "./stored-record";

/** An adapted checklist as kept in the browser's database, keyed by `<id>@<version>`. */
export type ReadChecklist =
  | { kind: "ok"; key: string; checklist: Checklist }
  /** Never used and never overwritten: offered as raw data, like a damaged assessment. */
  | { kind: "damaged"; key: string; problems: Problem[]; raw: string };

export function checklistKey({ id, version }: ChecklistRef): string {
  return `${id}@${version}`;
}

/** The file's `$schema` is for editors; the checklist kept in the app is the same without it. */
function withoutSchemaPointer({ $schema: _schema, ...checklist }: Checklist): Checklist {
  return checklist;
}

/** Validated like a loaded file; only an adapted checklist is kept here (the shipped ones come with the app). */
export function readStoredChecklist(key: string, value: unknown): ReadChecklist {
  const parsed = parseWith(ChecklistSchema, value);
  if (!parsed.ok) return { kind: "damaged", key, problems: parsed.problems, raw: rawText(value) };
  const problems: Problem[] = [];
  if (checklistKey(parsed.value) !== key) problems.push({ path: "id", code: "invalid", detail: key });
  if (!parsed.value.adaptation) problems.push({ path: "adaptation", code: "missing" });
  return problems.length > 0
    ? { kind: "damaged", key, problems, raw: rawText(value) }
    : { kind: "ok", key, checklist: withoutSchemaPointer(parsed.value) };
}
