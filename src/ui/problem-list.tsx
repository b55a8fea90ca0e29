import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { type Language, languageOf } from "../domain/localized";
import { ASSESSMENT_FILE_VERSION } from "../domain/migrations";
import { ownValue } from "../domain/own-value";
import type { Problem } from "../domain/problems";

/** A long list helps nobody; the rest are counted. */
export const PROBLEMS_SHOWN = 100;
/** An item's text is quoted when it is short enough to read in a list; otherwise its number says enough. */
const ITEM_TEXT_QUOTED = 80;

/** Entry fields with a name in the texts; others are shown by their path. */
const FIELDS = [
  "note",
  "reason",
  "kind",
  "what",
  "responsible",
  "due",
  "status",
  "itemId",
  "id",
  "title",
  "month",
  "endMonth",
  "template",
] as const;
type Field = (typeof FIELDS)[number];

function isField(field: string | undefined): field is Field {
  return (FIELDS as readonly (string | undefined)[]).includes(field);
}

/** Paths outside the entries that people recognise from the app's own forms (a backup nests them in `state`). */
const FRAME_FIELDS: Record<
  string,
  "municipality" | "municipalityCode" | "year" | "date" | "respondentRole" | "checklist" | "formatVersion"
> = {
  "meta.municipality": "municipality",
  "meta.municipalityCode": "municipalityCode",
  "meta.year": "year",
  "meta.date": "date",
  "meta.respondentRole": "respondentRole",
  "checklist.id": "checklist",
  "checklist.version": "checklist",
  formatVersion: "formatVersion",
};

function message(t: TFunction, problem: Problem): string {
  const { code, detail = "" } = problem;
  const isVersionPath = problem.path === "formatVersion" || problem.path === "version";
  if (code === "unknownVersion" && isVersionPath) {
    return t("problem.formatVersion", { detail, current: ASSESSMENT_FILE_VERSION });
  }
  const isLevel =
    problem.field === "level" || (problem.entry?.kind === "target" && problem.field === undefined);
  if (isLevel && (code === "notAllowed" || code === "wrongType")) return t("problem.levelRange");
  return t(`problem.${code}`, { detail });
}

/** The entry a problem is in, named as the app shows it: "Item 2.5 (…)", "Action 3". */
function entryName(t: TFunction, problem: Problem, language: Language): string | null {
  const { entry } = problem;
  if (entry === undefined) return null;
  switch (entry.kind) {
    case "answer":
    case "target": {
      const { item } = entry;
      if (item === undefined) {
        return t(entry.kind === "answer" ? "problem.unknownItemAnswer" : "problem.unknownItemTarget", {
          id: entry.itemId,
        });
      }
      if (entry.kind === "target") return t("problem.targetItem", { number: item.number });
      const text = item.text[language];
      return text.length <= ITEM_TEXT_QUOTED
        ? t("problem.item", { number: item.number, text })
        : t("problem.itemNumber", { number: item.number });
    }
    case "action":
      return t("problem.action", { number: entry.index + 1 });
    case "event":
      return t("problem.event", { number: entry.index + 1 });
  }
}

function where(t: TFunction, problem: Problem, language: Language): string | null {
  const entry = entryName(t, problem, language);
  if (entry !== null) {
    const { field } = problem;
    // The level's message names it already ("the level must be 0–3").
    if (!isField(field)) return entry;
    return t("problem.entryField", { entry, field: t(`problem.field.${field}`) });
  }
  if (problem.path === "") return null;
  const path = problem.path.replace(/^state\.assessment\./, "");
  // Own entries only: a path such as "constructor" must not find Object.prototype's member.
  const frame = ownValue(FRAME_FIELDS, path);
  return frame === undefined ? problem.path : t(`problem.frame.${frame}`);
}

export function describeProblemIn(t: TFunction, problem: Problem, language: Language): string {
  const text = message(t, problem);
  const place = where(t, problem, language);
  if (place === null) return t("problem.file", { message: text });
  // A raw path keeps the old "At <path>" form; a named place reads as a sentence.
  return place === problem.path
    ? t("problem.atPath", { path: place, message: text })
    : t("problem.at", { where: place, message: text });
}

/**
 * Lists a file's problems in the user's language, each named by the item, action or field it is in. The raw
 * paths stay available under "technical details" for those who edit files by hand.
 */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language) ?? "fi";
  const shown = problems.slice(0, PROBLEMS_SHOWN);
  const hidden = problems.length - shown.length;
  const located = shown.filter((problem) => problem.path !== "");
  return (
    <>
      <ul className="problem-list">
        {shown.map((problem, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: problems are a fixed list with possible repeats
          <li key={index}>{describeProblemIn(t, problem, language)}</li>
        ))}
        {hidden > 0 && <li>{t("problem.more", { count: hidden })}</li>}
      </ul>
      {located.length > 0 && (
        <details className="problem-details">
          <summary>{t("problem.technical")}</summary>
          <ul>
            {located.map((problem, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: as above
              <li key={index}>
                <code>{problem.path}</code> {problem.code}
                {problem.detail === undefined ? "" : ` (${problem.detail})`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
