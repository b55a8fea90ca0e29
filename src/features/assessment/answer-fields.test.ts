import { describe, expect, it } from "vitest";
import type { Answer } from "../../domain/assessment";
import { answerFromFields, fieldsFromAnswer } from "./answer-fields";

describe("answerFromFields", () => {
  it("turns a level choice into a level answer with its note", () => {
    expect(answerFromFields({ choice: "level2", reason: "", note: "Pöytäkirja 3/2026" })).toEqual({
      status: "answer",
      answer: { kind: "level", level: 2, note: "Pöytäkirja 3/2026" },
    });
  });

  it("leaves out a blank note", () => {
    expect(answerFromFields({ choice: "dontKnow", reason: "", note: "  " })).toEqual({
      status: "answer",
      answer: { kind: "dontKnow" },
    });
  });

  it("needs a reason before not applicable becomes an answer", () => {
    expect(answerFromFields({ choice: "notApplicable", reason: " ", note: "x" })).toEqual({
      status: "needsReason",
    });
    expect(answerFromFields({ choice: "notApplicable", reason: " Pieni kunta ", note: "" })).toEqual({
      status: "answer",
      answer: { kind: "notApplicable", reason: "Pieni kunta" },
    });
  });

  it("reports no choice as unanswered", () => {
    expect(answerFromFields({ choice: "", reason: "", note: "" })).toEqual({ status: "unanswered" });
  });
});

describe("fieldsFromAnswer", () => {
  it("round-trips every kind of answer", () => {
    const answers: Answer[] = [
      { kind: "level", level: 0 },
      { kind: "level", level: 3, note: "Valtuuston päätös" },
      { kind: "dontKnow", note: "Kysy vapaa-aikatoimesta" },
      { kind: "notApplicable", reason: "Ei omia tiloja", note: "Seurakunnan tilat" },
    ];
    for (const answer of answers) {
      expect(answerFromFields(fieldsFromAnswer(answer))).toEqual({ status: "answer", answer });
    }
    expect(fieldsFromAnswer(undefined)).toEqual({ choice: "", reason: "", note: "" });
  });
});
