import type { Answer, Level } from "../../domain/assessment";

/** The six radio options of an item, in the order they are shown. */
export const CHOICES = ["level0", "level1", "level2", "level3", "dontKnow", "notApplicable"] as const;
export type Choice = (typeof CHOICES)[number];

/** One item's form fields. The note and reason live beside the choice so switching answers keeps them. */
export interface ItemFields {
  choice: Choice | "";
  reason: string;
  note: string;
}

export type FieldsResult =
  | { status: "answer"; answer: Answer }
  | { status: "unanswered" }
  /** "Not applicable" without a reason is not a valid answer yet; the stored answer stays as it was. */
  | { status: "needsReason" };

const LEVEL_OF = { level0: 0, level1: 1, level2: 2, level3: 3 } as const satisfies Record<string, Level>;

export function fieldsFromAnswer(answer: Answer | undefined): ItemFields {
  if (!answer) return { choice: "", reason: "", note: "" };
  const note = answer.note ?? "";
  switch (answer.kind) {
    case "level":
      return { choice: `level${answer.level}`, reason: "", note };
    case "dontKnow":
      return { choice: "dontKnow", reason: "", note };
    case "notApplicable":
      return { choice: "notApplicable", reason: answer.reason, note };
  }
}

export function answerFromFields(fields: ItemFields): FieldsResult {
  // A blank note is no note; a written one is kept exactly as typed.
  const note = fields.note.trim() === "" ? {} : { note: fields.note };
  switch (fields.choice) {
    case "":
      return { status: "unanswered" };
    case "dontKnow":
      return { status: "answer", answer: { kind: "dontKnow", ...note } };
    case "notApplicable": {
      const reason = fields.reason.trim();
      if (reason === "") return { status: "needsReason" };
      return { status: "answer", answer: { kind: "notApplicable", reason, ...note } };
    }
    default:
      return { status: "answer", answer: { kind: "level", level: LEVEL_OF[fields.choice], ...note } };
  }
}
