import type { Answer, Assessment, RespondentRole } from "./assessment";
import type { Checklist } from "./checklist";
import { allItems } from "./checklist-lookup";
import { LEVELS } from "./level";
import { MUNICIPALITIES, type Municipality } from "./municipalities";
import { emptyPlan } from "./plan";

/**
 * Test data at the scale of a region or the whole country: the same seed gives the same files, so tests and the
 * benchmark can name what they expect. Not a model of real municipalities, only of the mix they send.
 */
export const GENERATED_YEARS = [2024, 2025, 2026] as const;
/** Each municipality answers as itself at most once a year. */
export const GENERATED_MUNICIPALITY_MAX = MUNICIPALITIES.length * GENERATED_YEARS.length;

const ASSOCIATION_SHARE = 0.15;
const WORKSHOP_SHARE = 0.04;

const NOTES = [
  "Yhdistysilta keväällä ja syksyllä.",
  "Sovittu hyvinvointityöryhmässä.",
  "Käsitelty yhdistysten kanssa, jatketaan ensi vuonna.",
  "Vastuuhenkilö vaihtui, tilanne selvitettävä.",
];
const REASONS = ["Kunnassa ei ole omia tiloja.", "Hoidetaan seutukunnan yhteistyönä."];

/** mulberry32: small, fast and good enough for test data; the same seed always gives the same sequence. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T;
}

function shuffled<T>(next: () => number, list: readonly T[]): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** Every municipality once, taking turns between regions, so even a few files come from many regions. */
function drawOrder(next: () => number): Municipality[] {
  const byRegion = new Map<string, Municipality[]>();
  for (const municipality of shuffled(next, MUNICIPALITIES)) {
    byRegion.set(municipality.region, [...(byRegion.get(municipality.region) ?? []), municipality]);
  }
  const queues = shuffled(next, [...byRegion.values()]);
  const order: Municipality[] = [];
  while (order.length < MUNICIPALITIES.length) {
    for (const queue of queues) {
      const municipality = queue.shift();
      if (municipality) order.push(municipality);
    }
  }
  return order;
}

/** A municipality's maturity (0–1) shapes its levels, so scores spread from beginning to leading. */
function answerFor(next: () => number, maturity: number): Answer | null {
  const roll = next();
  if (roll < 0.04) return null;
  if (roll < 0.1) return { kind: "dontKnow" };
  if (roll < 0.12) return { kind: "notApplicable", reason: pick(next, REASONS) };
  const level = Math.round(Math.min(3, Math.max(0, maturity * 3 + (next() - 0.5) * 2)));
  const answer: Answer = { kind: "level", level: LEVELS[level] ?? 0 };
  return next() < 0.05 ? { ...answer, note: pick(next, NOTES) } : answer;
}

interface Respondent {
  municipality: Municipality;
  year: number;
  role: RespondentRole;
}

function assessmentOf(
  checklist: Checklist,
  id: string,
  respondent: Respondent,
  next: () => number,
): Assessment {
  const month = String(1 + Math.floor(next() * 12)).padStart(2, "0");
  const day = String(1 + Math.floor(next() * 28)).padStart(2, "0");
  const date = `${respondent.year}-${month}-${day}`;
  const maturity = next();
  const answers: Record<string, Answer> = {};
  for (const item of allItems(checklist)) {
    const answer = answerFor(next, maturity);
    if (answer) answers[item.id] = answer;
  }
  return {
    id,
    createdAt: `${date}T08:00:00.000Z`,
    checklist: { id: checklist.id, version: checklist.version },
    meta: {
      municipality: respondent.municipality.fi,
      municipalityCode: respondent.municipality.code,
      year: respondent.year,
      respondentRole: respondent.role,
      date,
    },
    answers,
    ...emptyPlan(),
    updatedAt: `${date}T14:30:00.000Z`,
  };
}

/**
 * `count` valid assessments of `checklist`. Municipalities answer as themselves once per year at most (drawn
 * without replacement, a new round of years once all have answered); about 15 % are associations' answers and a
 * few workshops' for a municipality already drawn, with that municipality's year, as a perception gap needs.
 */
export function generateAssessments(checklist: Checklist, count: number, seed: number): Assessment[] {
  if (!Number.isInteger(seed) || !Number.isInteger(count) || count < 0) {
    throw new RangeError("count and seed must be integers, count at least 0");
  }
  const next = random(seed);
  const order = drawOrder(next);
  const firstYears = new Map(order.map((municipality) => [municipality.code, pick(next, GENERATED_YEARS)]));
  const own: Respondent[] = [];
  const assessments: Assessment[] = [];
  for (let index = 0; index < count; index++) {
    const roll = next();
    const role: RespondentRole =
      own.length === 0 || roll >= ASSOCIATION_SHARE + WORKSHOP_SHARE
        ? "municipality"
        : roll < ASSOCIATION_SHARE
          ? "association"
          : "workshop";
    let respondent: Respondent;
    if (role === "municipality") {
      if (own.length >= GENERATED_MUNICIPALITY_MAX) {
        throw new RangeError(`at most ${GENERATED_MUNICIPALITY_MAX} municipalities' own assessments`);
      }
      const round = Math.floor(own.length / order.length);
      const municipality = order[own.length % order.length] as Municipality;
      const first = GENERATED_YEARS.indexOf(firstYears.get(municipality.code) ?? GENERATED_YEARS[0]);
      const year = GENERATED_YEARS[(first + round) % GENERATED_YEARS.length] ?? GENERATED_YEARS[0];
      respondent = { municipality, year, role };
      own.push(respondent);
    } else {
      respondent = { ...pick(next, own), role };
    }
    const id = `generated-${seed}-${String(index + 1).padStart(4, "0")}`;
    assessments.push(assessmentOf(checklist, id, respondent, next));
  }
  return assessments;
}
