import type { Checklist } from "./checklist";
import { itemIds } from "./checklist-lookup";
import {
  PRACTICE_CATALOG_FORMAT,
  type PracticeCard,
  type PracticeCatalog,
  PracticeCatalogSchema,
} from "./practice";
import { isRecord, type ParseResult, type Problem, parseWith } from "./problems";

function duplicateIdProblems(cards: readonly PracticeCard[]): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  cards.forEach((card, i) => {
    if (seen.has(card.id))
      problems.push({ path: `practices[${i}].id`, code: "duplicateId", detail: card.id });
    seen.add(card.id);
  });
  return problems;
}

/** Within the catalog's own checklist version every reference must resolve, or the catalog is broken. */
function referenceProblems(cards: readonly PracticeCard[], checklist: Checklist): Problem[] {
  const items = itemIds(checklist);
  const seeds = new Set(checklist.sources.map((source) => source.seed));
  const problems: Problem[] = [];
  cards.forEach((card, i) => {
    if (!seeds.has(card.seed)) {
      problems.push({ path: `practices[${i}].seed`, code: "unknownSource", detail: card.seed });
    }
    card.items.forEach((itemId, j) => {
      if (!items.has(itemId)) {
        problems.push({ path: `practices[${i}].items[${j}]`, code: "unknownItem", detail: itemId });
      }
    });
  });
  return problems;
}

/** For another checklist version: a card keeps the items that still exist, and goes if none do. */
function matchToChecklist(cards: readonly PracticeCard[], checklist: Checklist): PracticeCard[] {
  const items = itemIds(checklist);
  return cards
    .map((card) => ({ ...card, items: card.items.filter((itemId) => items.has(itemId)) }))
    .filter((card) => card.items.length > 0);
}

/** The catalog's shape only, before any checklist is at hand. */
export function parsePracticeCatalog(data: unknown): ParseResult<PracticeCatalog> {
  // Any other JSON file gets one clear problem, not one per field it lacks.
  if (!isRecord(data) || data.format !== PRACTICE_CATALOG_FORMAT) {
    return { ok: false, problems: [{ path: "format", code: "notAllowed", detail: PRACTICE_CATALOG_FORMAT }] };
  }
  return parseWith(PracticeCatalogSchema, data);
}

/** Reads a practice catalog (parsed JSON) against a checklist; cards keep the catalog's order. */
export function readPracticeCatalog(data: unknown, checklist: Checklist): ParseResult<PracticeCard[]> {
  const parsed = parsePracticeCatalog(data);
  if (!parsed.ok) return parsed;
  const { checklist: ref, practices } = parsed.value;
  // An adapted checklist shows the practices of its base, for the items the two share.
  if (ref.id !== (checklist.adaptation?.basedOn.id ?? checklist.id)) {
    return { ok: false, problems: [{ path: "checklist.id", code: "unknownChecklist", detail: ref.id }] };
  }
  const isSameVersion = !checklist.adaptation && ref.version === checklist.version;
  const problems = [
    ...duplicateIdProblems(practices),
    ...(isSameVersion ? referenceProblems(practices, checklist) : []),
  ];
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: isSameVersion ? practices : matchToChecklist(practices, checklist) };
}

export function practicesForItem(cards: readonly PracticeCard[], itemId: string): PracticeCard[] {
  return cards.filter((card) => card.items.includes(itemId));
}
