import { type Answer, type Assessment, matchAnswers } from "./assessment";
import { parseAssessmentFile } from "./assessment-file";
import type { Checklist } from "./checklist";
import { itemIds } from "./checklist-lookup";
import { type Citation, type ExampleProfile, localizedName } from "./example";
import { ownValue } from "./own-value";
import type { ParseResult, Problem } from "./problems";

export interface Example {
  /** Citations only for the answers kept in `assessment`. */
  profile: ExampleProfile;
  /**
   * The answers that match the checklist. `assessment.checklist` stays the version the example was written
   * for, so a screen can say when it differs from the checklist it is compared on.
   */
  assessment: Assessment;
  /** item ids the example answers that the checklist lacks (other checklist version) */
  unmatchedItemIds: string[];
}

function citationPath(itemId: string): string {
  return `example.citations.${itemId}`;
}

/** What the file must say about itself, whichever checklist it is read against. */
function citationProblems(
  answers: Readonly<Record<string, Answer>>,
  profile: Pick<ExampleProfile, "citations" | "sources">,
): Problem[] {
  const problems: Problem[] = [];
  for (const [itemId, answer] of Object.entries(answers)) {
    const citation = ownValue(profile.citations, itemId);
    // An example shows what a municipality really has: every claim, including "not applicable", needs a source.
    if (answer.kind !== "dontKnow" && citation === undefined) {
      problems.push({ path: citationPath(itemId), code: "missing" });
    }
    // The reason is shown in every language from the paraphrase, so the Finnish reason may not say otherwise.
    if (answer.kind === "notApplicable" && citation && answer.reason !== citation.paraphrase.fi) {
      problems.push({
        path: `answers.${itemId}.reason`,
        code: "invalid",
        detail: "differs from its citation's Finnish paraphrase",
      });
    }
  }
  const sources = new Set(profile.sources);
  for (const [itemId, citation] of Object.entries(profile.citations)) {
    const answer = ownValue(answers, itemId);
    if (answer === undefined) {
      problems.push({ path: citationPath(itemId), code: "invalid", detail: "cites an item with no answer" });
    } else if (answer.kind === "dontKnow") {
      // "Don't know" means the sources are silent; a citation would pretend they say something.
      problems.push({ path: citationPath(itemId), code: "invalid", detail: "cites a don't-know answer" });
    }
    if (!sources.has(citation.seed)) {
      problems.push({ path: `${citationPath(itemId)}.seed`, code: "unknownSource", detail: citation.seed });
    }
  }
  return problems;
}

/**
 * Reads an example municipality's file (parsed JSON) against a checklist. A file written for another version
 * of the checklist is not refused: item ids are stable, so the answers that still match are kept and the
 * others are listed in `unmatchedItemIds`. Within the same version an unknown item is a broken file.
 */
export function readExample(data: unknown, checklist: Checklist): ParseResult<Example> {
  const parsed = parseAssessmentFile(data);
  if (!parsed.ok) return parsed;
  const { checklist: ref, meta, answers, updatedAt, example: profile } = parsed.value;
  if (profile === undefined) return { ok: false, problems: [{ path: "example", code: "missing" }] };

  const problems = citationProblems(answers, profile);
  const matched = matchAnswers(answers, checklist);
  const unmatchedItemIds = matched.unmatchedItemIds.sort();
  // An adapted checklist compares with the examples of its base, on the items the two share.
  const expectedId = checklist.adaptation?.basedOn.id ?? checklist.id;
  if (ref.id !== expectedId) {
    problems.push({ path: "checklist.id", code: "unknownChecklist", detail: ref.id });
  } else if (!checklist.adaptation && ref.version === checklist.version) {
    for (const itemId of unmatchedItemIds) {
      problems.push({ path: `answers.${itemId}`, code: "unknownItem", detail: itemId });
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const known = itemIds(checklist);
  const citations: Record<string, Citation> = Object.fromEntries(
    Object.entries(profile.citations).filter(([id]) => known.has(id)),
  );
  return {
    ok: true,
    value: {
      profile: { ...profile, name: localizedName(profile.name), citations },
      assessment: {
        // Examples ship as files without ids; the example's own id is stable across loads.
        id: `example-${profile.id}`,
        createdAt: updatedAt,
        checklist: ref,
        meta,
        answers: matched.answers,
        // An example shows what a municipality does, not its own plan.
        targets: {},
        actions: [],
        calendar: [],
        updatedAt,
      },
      unmatchedItemIds,
    },
  };
}
