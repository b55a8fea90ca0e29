import { annualClock, type ClockMonth } from "./annual-clock";
import { type Answer, type Assessment, type AssessmentMeta, answerFor } from "./assessment";
import { slugify } from "./assessment-file";
import type { Checklist, Item, Phase } from "./checklist";
import { allItems } from "./checklist-lookup";
import { compareScores, isDifference, type NamedDifference } from "./compare";
import { notApplicableReason } from "./example";
import type { Example } from "./example-file";
import { type HistoryYear, type ItemChangeKind, shownScoreChange, trendOf, yearChange } from "./history";
import { itemNumbers, numberedItems } from "./item-numbers";
import { FULL_LEVEL, type Level } from "./level";
import type { Language } from "./localized";
import { ownValue } from "./own-value";
import { type ItemGap, perceptionGaps } from "./perception-gap";
import { type ActionStatus, datedActions, targetFor } from "./plan";
import type { PracticeCard } from "./practice";
import { practicesForItem } from "./practice-catalog";
import type { Cell, Quartiles } from "./regional";
import { type AssessmentScore, type ScoreSummary, scoreAssessment, type ThemeScore } from "./scoring";
import {
  answersAtTarget,
  groupByPhase,
  groupByTheme,
  hasTargetAhead,
  prioritiseSuggestions,
  type Suggestion,
  TOP_PRIORITIES,
  topPriorities,
} from "./suggestions";

export interface ReportInput {
  checklist: Checklist;
  assessment: Assessment;
  /** The example municipality to compare with; none leaves the comparison out. */
  example?: Example | undefined;
  practices: readonly PracticeCard[];
  language: Language;
  /** When the report is made (local time): printed on the cover and in the file name. */
  generatedAt: Date;
  /** Item notes can be internal; "not applicable" reasons are always printed, as they explain a score. */
  includeNotes: boolean;
  /** The associations' answers about the same municipality, with every shipped checklist to align them. */
  perceptions?: { others: readonly Assessment[]; checklists: readonly Checklist[] } | undefined;
  /** An earlier year of the same municipality and role (src/domain/history.ts); none leaves "change since" out. */
  since?: HistoryYear | undefined;
}

/** The same figure now and with every target reached. */
export interface CurrentAndTarget<T> {
  current: T;
  target: T;
}

export interface ReportItem {
  id: string;
  text: string;
  weight: number;
  answer: Answer | undefined;
  /** The user's target for the item; null when none is set. */
  target: Level | null;
  /** Only when notes are included. */
  note: string | null;
}

export interface ReportTheme {
  id: string;
  title: string;
  score: CurrentAndTarget<ThemeScore>;
  items: ReportItem[];
}

export interface ReportSuggestion {
  itemId: string;
  itemText: string;
  themeTitle: string;
  phase: Phase | "ongoing";
  weight: number;
  current: Level;
  target: Level;
  hasTarget: boolean;
  gap: number;
  /** weight × gap */
  priority: number;
  text: string;
  /** Good practices elsewhere that show a way forward. */
  practices: { title: string; place: string }[];
}

export interface ReportDifference {
  itemId: string;
  itemText: string;
  own: Answer | undefined;
  other: Answer | undefined;
  difference: NamedDifference;
  /** How the example does it, or why it chose "not applicable", in the report's language. */
  otherBasis: string | null;
}

export interface ReportComparison {
  name: string;
  description: string;
  overall: { own: ScoreSummary; other: ScoreSummary };
  themes: { title: string; own: ThemeScore; other: ThemeScore }[];
  /** Items where the two differ, in checklist order; "not applicable" on either side is named as a choice. */
  differences: ReportDifference[];
  /** Answers of the example that this checklist version does not have, so they are not compared. */
  unmatchedCount: number;
}

export interface ReportPerceptionItem {
  itemId: string;
  number: string;
  text: string;
  own: Cell;
  others: ItemGap["others"];
  gap: number | null;
  isFlagged: boolean;
}

export interface ReportScoreChange {
  from: ScoreSummary | null;
  to: ScoreSummary | null;
  /** In whole points as the two scores are printed; null unless both years have a score. */
  difference: number | null;
}

export interface ReportItemChange {
  itemId: string;
  itemText: string;
  from: Answer | undefined;
  to: Answer | undefined;
  change: ItemChangeKind;
  /** In levels; null unless both years have a level. */
  delta: number | null;
}

/** "Change since <year>": the same figures as the history page for the two years. */
export interface ReportChange {
  fromYear: number;
  toYear: number;
  overall: ReportScoreChange;
  themes: ({ title: string } & ReportScoreChange)[];
  /** Items both years' checklist versions have, in the newer version's order. */
  items: ReportItemChange[];
  counts: Record<ItemChangeKind, number>;
  /** Items only one year's checklist version has: not compared. */
  leftOutCount: number;
}

/** The associations' view beside the municipality's, as the perspectives page shows it. */
export interface ReportPerceptions {
  respondents: number;
  themes: { title: string; own: number | null; others: Quartiles | null; gap: number | null }[];
  /** Largest gap first. */
  items: ReportPerceptionItem[];
  flaggedCount: number;
  /** Items some answer's checklist version lacks, so not compared. */
  notComparableCount: number;
}

export interface ReportAction {
  id: string;
  what: string;
  responsible: string;
  due: string | null;
  status: ActionStatus;
  item: { id: string; text: string } | null;
}

/** A theme's items that are fully in place: what the municipality can keep up and tell others about. */
export interface ReportStrength {
  title: string;
  items: { id: string; text: string }[];
}

/** Everything the PDF prints, in the report's language; the renderer only adds UI words and layout. */
export interface ReportSource {
  title: string;
  publisher: string | null;
}

export interface Report {
  language: Language;
  /** YYYY-MM-DD */
  generatedOn: string;
  checklist: { id: string; version: string; title: string; description: string };
  meta: AssessmentMeta;
  /** Who took part, as the user typed it; null when left empty. */
  participants: string | null;
  /** The assessors' own summary for the board, by paragraph; empty when none was written. */
  boardSummary: string[];
  overall: CurrentAndTarget<ScoreSummary>;
  /** False when reaching the targets (the default one too) would raise nothing: the figures are equal. */
  hasTargets: boolean;
  themes: ReportTheme[];
  /** Themes with at least one item fully in place, in checklist order. */
  strengths: ReportStrength[];
  includesNotes: boolean;
  suggestions: {
    /** Gap left, highest priority first. */
    top: ReportSuggestion[];
    byTheme: { title: string; suggestions: ReportSuggestion[] }[];
    /** The three phases of the cooperation process (seed 003); ongoing work is left to the theme list. */
    byPhase: { phase: Phase; suggestions: ReportSuggestion[] }[];
  };
  comparison: ReportComparison | null;
  /** Null without an earlier year chosen. */
  change: ReportChange | null;
  /** Null without associations' answers. */
  perceptions: ReportPerceptions | null;
  /** Dated actions first, by due date; undated ones keep the user's order at the end. */
  actions: ReportAction[];
  /** Recurring events and dated actions by month, as on the annual clock page. */
  annualClock: ClockMonth[];
  /** `publisher` is null where the source names none. */
  sources: ReportSource[];
}

/** The board summary's paragraphs, one a line as typed (blank lines left out); nothing typed gives none. */
function summaryParagraphs(meta: AssessmentMeta): string[] {
  return (meta.reportSummary ?? "")
    .split("\n")
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
}

/** YYYY-MM-DD in local time, as printed on a report and in its file name. */
export function localDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function reportSuggestion(
  suggestion: Suggestion,
  practices: readonly PracticeCard[],
  language: Language,
): ReportSuggestion {
  const { item, theme } = suggestion;
  return {
    itemId: item.id,
    itemText: item.text[language],
    themeTitle: theme.title[language],
    phase: item.phase ?? "ongoing",
    weight: item.weight,
    current: suggestion.current,
    target: suggestion.target,
    hasTarget: suggestion.hasTarget,
    gap: suggestion.gap,
    priority: suggestion.priority,
    text: item.suggestion[language],
    practices: practicesForItem(practices, item.id).map((card) => ({
      title: card.title[language],
      place: card.place[language],
    })),
  };
}

function suggestionsOf(input: ReportInput): Report["suggestions"] {
  const { checklist, assessment, practices, language } = input;
  // An item whose target is already met has nothing left to suggest.
  const open = prioritiseSuggestions(checklist, assessment).filter((suggestion) => suggestion.gap > 0);
  // Each suggestion is converted once; the lists below share the converted entries.
  const converted = new Map(
    open.map((suggestion) => [suggestion, reportSuggestion(suggestion, practices, language)] as const),
  );
  const convert = (list: readonly Suggestion[]) =>
    list.flatMap((suggestion) => converted.get(suggestion) ?? []);
  return {
    top: convert(topPriorities(open, TOP_PRIORITIES)),
    byTheme: groupByTheme(checklist, open).map((group) => ({
      title: group.key.title[language],
      suggestions: convert(group.suggestions),
    })),
    byPhase: groupByPhase(open).flatMap(({ key, suggestions }) =>
      key === "ongoing" ? [] : [{ phase: key, suggestions: convert(suggestions) }],
    ),
  };
}

/** The checklist's items by id, for the sections that name items by id. */
type ItemIndex = ReadonlyMap<string, Item>;

function comparisonOf(
  input: ReportInput,
  example: Example,
  items: ItemIndex,
  current: AssessmentScore,
): ReportComparison {
  const { checklist, assessment, language } = input;
  const own = assessment.answers;
  const other = example.assessment.answers;
  const comparison = compareScores(current, scoreAssessment(checklist, other));
  const titles = new Map(checklist.themes.map((theme) => [theme.id, theme.title[language]]));
  const { citations } = example.profile;
  const basisOf = (itemId: string, difference: NamedDifference): string | null => {
    const citation = ownValue(citations, itemId);
    if (difference === "theyChoseNotApplicable") {
      return notApplicableReason(answerFor(other, itemId), citation, language);
    }
    return difference === "theyHaveYouLack" ? (citation?.paraphrase[language] ?? null) : null;
  };
  return {
    name: example.profile.name[language],
    description: example.profile.description[language],
    overall: { own: comparison.own.overall, other: comparison.other.overall },
    themes: comparison.themes.map((theme) => ({
      title: titles.get(theme.themeId) ?? theme.themeId,
      own: theme.own,
      other: theme.other,
    })),
    differences: comparison.items.filter(isDifference).map((item) => ({
      itemId: item.itemId,
      itemText: items.get(item.itemId)?.text[language] ?? item.itemId,
      own: answerFor(own, item.itemId),
      other: answerFor(other, item.itemId),
      difference: item.difference,
      otherBasis: basisOf(item.itemId, item.difference),
    })),
    unmatchedCount: example.unmatchedItemIds.length,
  };
}

const scoreChange = (from: ScoreSummary | null, to: ScoreSummary | null): ReportScoreChange => ({
  from,
  to,
  difference: shownScoreChange(from, to),
});

/** From the earlier year to the report's, computed by the history page's own functions. */
function changeOf(input: ReportInput, since: HistoryYear, current: AssessmentScore): ReportChange {
  const { checklist, assessment, language } = input;
  const now: HistoryYear = { year: assessment.meta.year, assessment, checklist, score: current };
  const trend = trendOf([since, now]);
  const change = yearChange(since, now);
  // A later version's text wins: the report is in the current year's words.
  const texts = new Map([since.checklist, checklist].flatMap(allItems).map((item) => [item.id, item.text]));
  return {
    fromYear: since.year,
    toYear: now.year,
    overall: scoreChange(since.score.overall, current.overall),
    themes: trend.themes.map(({ theme, scores: [from, to] }) => ({
      title: theme.title[language],
      ...scoreChange(from ?? null, to ?? null),
    })),
    items: change.items.map((item) => ({
      itemId: item.itemId,
      itemText: texts.get(item.itemId)?.[language] ?? item.itemId,
      from: answerFor(since.assessment.answers, item.itemId),
      to: answerFor(assessment.answers, item.itemId),
      change: item.change,
      delta: item.delta,
    })),
    counts: change.counts,
    leftOutCount: change.leftOutItemIds.length,
  };
}

/** Numbers and texts from the report's own checklist where it has the item, else from the aligned basis. */
function perceptionsOf(input: ReportInput, items: ItemIndex): ReportPerceptions | null {
  const { perceptions, language, checklist } = input;
  if (!perceptions || perceptions.others.length === 0) return null;
  const gaps = perceptionGaps(input.assessment, perceptions.others, perceptions.checklists);
  if (!gaps) return null;
  const { basis } = gaps.alignment;
  const ownNumbers = itemNumbers(checklist.themes);
  const basisItems = numberedItems(basis);
  const themeTitle = (themeId: string) =>
    (
      checklist.themes.find((theme) => theme.id === themeId) ??
      basis.themes.find((theme) => theme.id === themeId)
    )?.title[language] ?? themeId;
  return {
    respondents: gaps.respondents,
    themes: gaps.themes.map((theme) => ({
      title: themeTitle(theme.themeId),
      own: theme.own,
      others: theme.others,
      gap: theme.gap,
    })),
    items: gaps.items.map((gap) => ({
      itemId: gap.itemId,
      number: ownNumbers.get(gap.itemId) ?? basisItems.get(gap.itemId)?.number ?? "",
      text: (items.get(gap.itemId) ?? basisItems.get(gap.itemId)?.item)?.text[language] ?? gap.itemId,
      own: gap.own,
      others: gap.others,
      gap: gap.gap,
      isFlagged: gap.isFlagged,
    })),
    flaggedCount: gaps.items.filter((gap) => gap.isFlagged).length,
    notComparableCount: gaps.alignment.notComparable.length,
  };
}

function actionsOf(input: ReportInput, items: ItemIndex): ReportAction[] {
  const { assessment, language } = input;
  const undated = assessment.actions.filter((action) => action.due === undefined);
  return [...datedActions(assessment.actions), ...undated].map((action) => {
    const text = action.itemId === undefined ? undefined : items.get(action.itemId)?.text;
    return {
      id: action.id,
      what: action.what,
      responsible: action.responsible,
      due: action.due ?? null,
      status: action.status,
      item: action.itemId !== undefined && text ? { id: action.itemId, text: text[language] } : null,
    };
  });
}

function strengthsOf(themes: readonly ReportTheme[]): ReportStrength[] {
  return themes.flatMap(({ title, items }) => {
    const full = items.filter(({ answer }) => answer?.kind === "level" && answer.level === FULL_LEVEL);
    return full.length === 0 ? [] : [{ title, items: full.map(({ id, text }) => ({ id, text })) }];
  });
}

/**
 * The report's content, computed with the same domain functions the screens use: scores, target scores
 * (every target reached), suggestions, the comparison and the annual clock.
 */
export function buildReport(input: ReportInput): Report {
  const { checklist, assessment, language, includeNotes } = input;
  const current = scoreAssessment(checklist, assessment.answers);
  const atTarget = scoreAssessment(checklist, answersAtTarget(assessment));
  const items: ItemIndex = new Map(allItems(checklist).map((item) => [item.id, item]));
  const themes = checklist.themes.map((theme, t): ReportTheme => {
    const currentTheme = current.themes[t];
    const targetTheme = atTarget.themes[t];
    if (!currentTheme || !targetTheme) throw new Error(`theme ${theme.id} was not scored`);
    return {
      id: theme.id,
      title: theme.title[language],
      score: { current: currentTheme, target: targetTheme },
      items: theme.items.map((item) => {
        const answer = answerFor(assessment.answers, item.id);
        const target = targetFor(assessment.targets, item.id);
        return {
          id: item.id,
          text: item.text[language],
          weight: item.weight,
          answer,
          target: target ?? null,
          note: includeNotes ? answer?.note?.trim() || null : null,
        };
      }),
    };
  });
  return {
    language,
    generatedOn: localDate(input.generatedAt),
    checklist: {
      id: checklist.id,
      version: checklist.version,
      title: checklist.title[language],
      description: checklist.description[language],
    },
    meta: assessment.meta,
    participants: assessment.meta.participants?.trim() || null,
    boardSummary: summaryParagraphs(assessment.meta),
    overall: { current: current.overall, target: atTarget.overall },
    hasTargets: hasTargetAhead(assessment),
    themes,
    strengths: strengthsOf(themes),
    includesNotes: includeNotes,
    suggestions: suggestionsOf(input),
    comparison: input.example ? comparisonOf(input, input.example, items, current) : null,
    change: input.since ? changeOf(input, input.since, current) : null,
    perceptions: perceptionsOf(input, items),
    actions: actionsOf(input, items),
    annualClock: annualClock(assessment.calendar, assessment.actions),
    sources: checklist.sources.map((source) => ({
      title: source.title[language],
      publisher: source.publisher?.[language] ?? null,
    })),
  };
}

/**
 * e.g. `kumppanuuspeili-raportti-koski-tl-2026-11-23.pdf`; `word` is "report" in the report's language, and the
 * Word document has the same name with `.docx`.
 */
export function reportFileName(
  report: Pick<Report, "meta" | "generatedOn">,
  word: string,
  extension: "pdf" | "docx" = "pdf",
): string {
  const parts = ["kumppanuuspeili", slugify(word), slugify(report.meta.municipality), report.generatedOn];
  return `${parts.filter((part) => part !== "").join("-")}.${extension}`;
}
