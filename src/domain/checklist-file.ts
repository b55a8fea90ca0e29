import { adaptationProblems } from "./adapted-checklist";
import { type Checklist, ChecklistSchema } from "./checklist";
import { checklistFor } from "./checklist-lookup";
import { decodeFileText } from "./file-text";
import { type ParseResult, type Problem, parseJson, parseWith } from "./problems";

function fail(problems: Problem[]): ParseResult<never> {
  return { ok: false, problems };
}

/**
 * An adapted checklist file as chosen by the user: size, encoding, JSON, the schema, then its base, which must
 * be one of the shipped checklists. Every problem is named with its place; nothing is kept unless all is well.
 */
export function readAdaptedChecklistBytes(
  bytes: Uint8Array,
  shipped: readonly Checklist[],
): ParseResult<Checklist> {
  const text = decodeFileText(bytes);
  if (!text.ok) return text;
  const data = parseJson(text.value);
  if (!data.ok) return data;
  const parsed = parseWith(ChecklistSchema, data.value);
  if (!parsed.ok) return parsed;
  const { $schema: _schema, ...checklist } = parsed.value;
  const basedOn = checklist.adaptation?.basedOn;
  if (!basedOn) return fail([{ path: "adaptation", code: "missing" }]);
  if (shipped.some((other) => other.id === checklist.id)) {
    return fail([{ path: "id", code: "invalid", detail: `"${checklist.id}" is a shipped checklist's id` }]);
  }
  const base = checklistFor(basedOn, shipped);
  if (!base)
    return fail([
      {
        path: "adaptation.basedOn.version",
        code: "unknownVersion",
        detail: `${basedOn.id} ${basedOn.version}`,
      },
    ]);
  const problems = adaptationProblems(checklist, base);
  return problems.length > 0
    ? fail(problems.map((detail) => ({ path: "adaptation", code: "invalid", detail })))
    : { ok: true, value: checklist };
}
