import { describe, expect, it } from "vitest";
import { buildChecklist } from "../../tests/fixtures/build-checklist";
import type { Answer, Assessment } from "./assessment";
import type { Example } from "./example-file";
import type { PracticeCard } from "./practice";
import { buildReport, type Report, type ReportInput, reportFileName } from "./report";
import { scoreAssessment } from "./scoring";

// yhteistyo: a1 (weight 3, prepare), a2 (1, meeting), a3 (2); tuki: b1 (2, followUp), b2 (1), b3 (3).
const checklist = buildChecklist([
  {
    id: "yhteistyo",
    items: [
      { id: "a1", weight: 3, phase: "prepare" },
      { id: "a2", weight: 1, phase: "meeting" },
      { id: "a3", weight: 2 },
    ],
  },
  {
    id: "tuki",
    items: [
      { id: "b1", weight: 2, phase: "followUp" },
      { id: "b2", weight: 1 },
      // Never answered: counts against coverage, not the score.
      { id: "b3", weight: 3 },
    ],
  },
]);

const level = (value: 0 | 1 | 2 | 3, note?: string): Answer =>
  note ? { kind: "level", level: value, note } : { kind: "level", level: value };

const assessment: Assessment = {
  id: "test-assessment-0001",
  createdAt: "2026-11-23T12:00:00.000Z",
  checklist: { id: checklist.id, version: checklist.version },
  meta: { municipality: "Testilä kunta", year: 2026, respondentRole: "association", date: "2026-11-23" },
  answers: {
    a1: level(1, "Muistio yhdistysillasta"),
    a2: { kind: "dontKnow" },
    a3: { kind: "notApplicable", reason: "Pieni kunta", note: "Sovittu 2025" },
    b1: level(2),
    b2: level(0),
  },
  targets: { a1: 2, b2: 1 },
  actions: [
    {
      id: "x1",
      what: "Avustushakemus 500 € – syksy",
      responsible: "hyte-koordinaattori",
      status: "planned",
      itemId: "b2",
    },
    { id: "x2", what: "Kysely", responsible: "", due: "2027-03-01", status: "underway" },
    { id: "x3", what: "Kutsu", responsible: "sihteeri", due: "2027-01-15", status: "done", itemId: "gone" },
  ],
  calendar: [
    { id: "e1", template: "springAssociationEvening", title: "", month: 4 },
    { id: "e2", title: "Avustushaku", month: 12, endMonth: 1, note: " " },
  ],
  updatedAt: "2026-11-23T12:00:00.000Z",
};

const practices: PracticeCard[] = [
  {
    id: "p1",
    title: { fi: "Yhdistystalo", sv: "Föreningshus", en: "Association house" },
    place: { fi: "Koski Tl", sv: "Koski Tl", en: "Koski Tl" },
    summary: { fi: "-", sv: "-", en: "-" },
    seed: "002_9274484d39675f21.txt",
    items: ["a1", "b2"],
  },
];

const paraphrase = (fi: string, sv: string) => ({ fi, sv, en: fi });

const example: Example = {
  profile: {
    id: "esimerkki",
    name: { fi: "Esimerkkilä", sv: "Exempelby", en: "Example town" },
    description: { fi: "Kuvaus", sv: "Beskrivning", en: "Description" },
    sources: ["002_9274484d39675f21.txt"],
    citations: {
      a1: { seed: "002_9274484d39675f21.txt", quote: "x", paraphrase: paraphrase("Illat", "Kvällar") },
      a2: { seed: "002_9274484d39675f21.txt", quote: "x", paraphrase: paraphrase("Ryhmä", "Grupp") },
      b1: {
        seed: "002_9274484d39675f21.txt",
        quote: "x",
        paraphrase: paraphrase("Ei tarvita", "Behövs inte"),
      },
    },
  },
  assessment: {
    ...assessment,
    answers: {
      a1: level(3),
      a2: level(2),
      a3: level(1),
      b1: { kind: "notApplicable", reason: "Ei tarvita" },
      b2: { kind: "dontKnow" },
    },
    targets: {},
    actions: [],
    calendar: [],
  },
  unmatchedItemIds: ["old-item"],
};

function build(overrides: Partial<ReportInput> = {}): Report {
  return buildReport({
    checklist,
    assessment,
    example,
    practices,
    language: "sv",
    generatedAt: new Date(2026, 10, 24, 9, 30),
    includeNotes: true,
    ...overrides,
  });
}

describe("buildReport", () => {
  const report = build();

  it("describes the assessment in the report's language", () => {
    expect(report.language).toBe("sv");
    expect(report.generatedOn).toBe("2026-11-24");
    expect(report.meta.municipality).toBe("Testilä kunta");
    expect(report.checklist).toMatchObject({ id: "testi", version: "1.0.0", title: "testi" });
    expect(report.themes.map((theme) => theme.title)).toEqual(["yhteistyo", "tuki"]);
  });

  it("scores now and with every target reached, with the scoring the screens use", () => {
    // Now: yhteistyo a1 = 1/3 → 33.3 (a2 don't know, a3 not applicable); tuki (2 × 2/3 + 1 × 0) / 3 → 44.4.
    // Target: a1 → 2: 66.7; b1 → 3 by default (no target set: the same rule as the priorities), b2 → 1:
    // (2 × 3/3 + 1 × 1/3) / 3 → 77.8. Overall: mean of the themes.
    const [cooperation, support] = report.themes;
    expect(cooperation?.score.current.score).toBeCloseTo(100 / 3, 6);
    expect(cooperation?.score.target.score).toBeCloseTo(200 / 3, 6);
    expect(support?.score.current.score).toBeCloseTo(400 / 9, 6);
    expect(support?.score.target.score).toBeCloseTo(700 / 9, 6);
    expect(report.overall.current.score).toBeCloseTo((100 / 3 + 400 / 9) / 2, 6);
    expect(report.overall.target.score).toBeCloseTo((200 / 3 + 700 / 9) / 2, 6);
    expect(report.overall.current.band).toBe("developing");
    expect(report.overall.target.band).toBe("established");
    // 3 of the 5 applicable items answered (a2 don't know, b3 unanswered, a3 not applicable).
    expect(report.overall.current.coverage).toBe(0.6);
    expect(report.hasTargets).toBe(true);
  });

  it("lists every item with its answer, target and note; notes only when asked for", () => {
    const [cooperation] = report.themes;
    expect(cooperation?.items.map((item) => [item.id, item.answer?.kind, item.target, item.note])).toEqual([
      ["a1", "level", 2, "Muistio yhdistysillasta"],
      ["a2", "dontKnow", null, null],
      ["a3", "notApplicable", null, "Sovittu 2025"],
    ]);
    const withoutNotes = build({ includeNotes: false });
    expect(withoutNotes.includesNotes).toBe(false);
    expect(withoutNotes.themes.flatMap((theme) => theme.items.map((item) => item.note))).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    // The reason for "not applicable" belongs to the answer and stays.
    expect(withoutNotes.themes[0]?.items[2]?.answer).toEqual(assessment.answers.a3);
  });

  it("carries the participants and the board summary as typed, by paragraph; blank ones are none", () => {
    expect(build()).toMatchObject({ participants: null, boardSummary: [] });
    const typed = build({
      assessment: {
        ...assessment,
        meta: {
          ...assessment.meta,
          participants: "  hyte-koordinaattori, 2 yhdistystä ",
          reportSummary: "Eka.\n rivi\n\n \nToka.",
        },
      },
    });
    expect(typed.participants).toBe("hyte-koordinaattori, 2 yhdistystä");
    expect(typed.boardSummary).toEqual(["Eka.", "rivi", "Toka."]);
    const blank = build({
      assessment: { ...assessment, meta: { ...assessment.meta, participants: " ", reportSummary: "\n" } },
    });
    expect(blank).toMatchObject({ participants: null, boardSummary: [] });
  });

  it("names the strengths, the items fully in place, by theme; a theme with none is left out", () => {
    expect(build().strengths).toEqual([]);
    const strong = build({
      assessment: {
        ...assessment,
        answers: { ...assessment.answers, a1: level(3), b2: level(3), b1: level(3) },
      },
    });
    expect(strong.strengths).toEqual([
      { title: "yhteistyo", items: [{ id: "a1", text: "a1" }] },
      {
        title: "tuki",
        items: [
          { id: "b1", text: "b1" },
          { id: "b2", text: "b2" },
        ],
      },
    ]);
  });

  it("prioritises suggestions by weight × gap, by theme and by phase", () => {
    // a1: 3 × (2 − 1) = 3; b1: no target, 2 × (3 − 2) = 2; b2: 1 × (1 − 0) = 1.
    const { top, byTheme, byPhase } = report.suggestions;
    expect(top.map((s) => [s.itemId, s.current, s.target, s.hasTarget, s.priority])).toEqual([
      ["a1", 1, 2, true, 3],
      ["b1", 2, 3, false, 2],
      ["b2", 0, 1, true, 1],
    ]);
    expect(top[0]?.practices).toEqual([{ title: "Föreningshus", place: "Koski Tl" }]);
    expect(top[0]).toMatchObject({ themeTitle: "yhteistyo", text: "a1", phase: "prepare" });
    expect(byTheme.map((group) => [group.title, group.suggestions.map((s) => s.itemId)])).toEqual([
      ["yhteistyo", ["a1"]],
      ["tuki", ["b1", "b2"]],
    ]);
    // b2 has no phase: ongoing work is in the theme list only.
    expect(byPhase.map((group) => [group.phase, group.suggestions.map((s) => s.itemId)])).toEqual([
      ["prepare", ["a1"]],
      ["followUp", ["b1"]],
    ]);
  });

  it("leaves out items whose target is already met", () => {
    const met = build({ assessment: { ...assessment, targets: { a1: 1, b2: 0 } } });
    expect(met.suggestions.top.map((s) => s.itemId)).toEqual(["b1"]);
  });

  it("compares with the example and names 'not applicable' as a choice", () => {
    const comparison = report.comparison;
    expect(comparison?.name).toBe("Exempelby");
    // Example yhteistyo: (3 × 1 + 1 × 2/3 + 2 × 1/3) / 6 → 72.2; tuki has no score (b1 n/a, b2 don't know).
    expect(comparison?.themes[0]?.other.score).toBeCloseTo((3 + 2 / 3 + 2 / 3) / 0.06, 6);
    expect(comparison?.themes[1]?.other.score).toBeNull();
    expect(comparison?.overall.own.score).toBeCloseTo(report.overall.current.score ?? 0, 6);
    // a2, b2 and b3 are not comparable (an answer is missing), so not listed.
    expect(comparison?.differences.map((d) => [d.itemId, d.difference, d.otherBasis])).toEqual([
      ["a1", "theyHaveYouLack", "Kvällar"],
      ["a3", "youChoseNotApplicable", null],
      ["b1", "theyChoseNotApplicable", "Behövs inte"],
    ]);
    expect(comparison?.unmatchedCount).toBe(1);
    expect(build({ example: undefined }).comparison).toBeNull();
  });

  it("orders the action plan by due date, undated last, and names the linked item", () => {
    expect(report.actions.map((action) => [action.id, action.due, action.item?.text ?? null])).toEqual([
      ["x3", "2027-01-15", null],
      ["x2", "2027-03-01", null],
      ["x1", null, "b2"],
    ]);
    expect(report.actions[2]?.what).toBe("Avustushakemus 500 € – syksy");
  });

  it("puts events and dated actions on the annual clock", () => {
    const month = (n: number) =>
      report.annualClock[n - 1]?.entries.map((entry) =>
        entry.kind === "event"
          ? `${entry.event.id}${entry.isStart ? "" : "…"}`
          : `${entry.action.id}@${entry.day}`,
      );
    expect(report.annualClock).toHaveLength(12);
    expect(month(12)).toEqual(["e2"]);
    expect(month(1)).toEqual(["e2…", "x3@15"]);
    expect(month(3)).toEqual(["x2@1"]);
    expect(month(4)).toEqual(["e1"]);
  });

  it("lists the sources by title and publisher, never by seed file", () => {
    expect(report.sources).toEqual([{ title: "Koski Tl", publisher: "Koski Tl" }]);
    expect(JSON.stringify(report.sources)).not.toMatch(/\.txt/);
  });

  it("gives a source that names no publisher a null publisher, never a stand-in text", () => {
    const sources = checklist.sources.map(({ publisher: _none, ...source }) => source);
    expect(build({ checklist: { ...checklist, sources } }).sources).toEqual([
      { title: "Koski Tl", publisher: null },
    ]);
  });
});

describe("buildReport with the associations' answers", () => {
  const association = (id: string, answers: Record<string, Answer>): Assessment => ({
    ...assessment,
    id: `association-${id}`,
    meta: { ...assessment.meta, respondentRole: "association" },
    answers,
    targets: {},
    actions: [],
    calendar: [],
  });
  const others = [
    association("1", {
      a1: level(3),
      a2: level(1),
      a3: level(0),
      b1: level(2),
      b2: { kind: "dontKnow" },
      b3: level(1),
    }),
    association("2", { a1: level(3), a2: level(2), a3: level(1), b1: level(2), b2: level(0) }),
    association("3", { a1: level(2), a2: { kind: "dontKnow" }, a3: level(2), b1: level(1), b2: level(1) }),
  ];
  const report = build({ language: "fi", perceptions: { others, checklists: [checklist] } });

  it("has no perceptions section without answers", () => {
    expect(build().perceptions).toBeNull();
    expect(build({ perceptions: { others: [], checklists: [checklist] } }).perceptions).toBeNull();
  });

  it("sorts the items by the gap, median of the associations minus the municipality's level", () => {
    // a1: 3, 3, 2 → median 3, own 1: +2, flagged. b2: 0, 1 (one don't know) → 0.5 vs 0. b1: 2 vs 2.
    // a2 (own don't know), a3 (own not applicable) and b3 (unanswered) have no gap: last, in checklist order.
    const perceptions = report.perceptions;
    expect(perceptions?.respondents).toBe(3);
    expect(perceptions?.items.map((item) => [item.number, item.gap])).toEqual([
      ["1.1", 2],
      ["2.2", 0.5],
      ["2.1", 0],
      ["1.2", null],
      ["1.3", null],
      ["2.3", null],
    ]);
    expect(perceptions?.flaggedCount).toBe(1);
    const [a1, b2] = perceptions?.items ?? [];
    expect(a1).toMatchObject({ text: "a1", own: { kind: "level", level: 1 }, isFlagged: true });
    expect(a1?.others).toEqual({
      n: 3,
      median: 3,
      min: 2,
      max: 3,
      dontKnow: 0,
      notApplicable: 0,
      unanswered: 0,
    });
    // Don't know is counted beside the median, never as a zero in it.
    expect(b2?.others).toMatchObject({ n: 2, median: 0.5, dontKnow: 1 });
    const b3 = perceptions?.items.find((item) => item.itemId === "b3");
    expect(b3?.others).toMatchObject({ n: 1, median: 1, unanswered: 2 });
  });

  it("gives each theme's score beside the associations' median", () => {
    // yhteistyo: own a1 = 1/3 → 33.3. Associations: (3 + 1/3 + 0) / 6 = 55.6, (3 + 2/3 + 2/3) / 6 = 72.2,
    // (2 + 4/3) / 5 = 66.7 (a2 don't know leaves the denominator): median 66.7, gap 33.3.
    const [cooperation] = report.perceptions?.themes ?? [];
    expect(cooperation?.title).toBe("yhteistyo");
    expect(cooperation?.own).toBeCloseTo(100 / 3, 6);
    expect(cooperation?.others?.median).toBeCloseTo(200 / 3, 6);
    expect(cooperation?.gap).toBeCloseTo(100 / 3, 6);
  });
});

describe("reportFileName", () => {
  it("names the municipality and the day the report was made", () => {
    expect(reportFileName(build(), "Raportti")).toBe("kumppanuuspeili-raportti-testila-kunta-2026-11-24.pdf");
  });

  it("leaves the municipality out when it has no name", () => {
    const report = build({ assessment: { ...assessment, meta: { ...assessment.meta, municipality: " " } } });
    expect(reportFileName(report, "Rapport")).toBe("kumppanuuspeili-rapport-2026-11-24.pdf");
  });

  it("gives the Word document the same name with its own extension", () => {
    expect(reportFileName(build(), "Raportti", "docx")).toBe(
      "kumppanuuspeili-raportti-testila-kunta-2026-11-24.docx",
    );
  });
});

describe("buildReport with the change since an earlier year", () => {
  const earlier: Assessment = {
    ...assessment,
    id: "test-assessment-2025",
    meta: { ...assessment.meta, year: 2025, date: "2025-11-20" },
    answers: {
      a1: level(0),
      a2: level(2),
      a3: level(3),
      b1: level(3),
      b2: level(0),
      b3: { kind: "dontKnow" },
    },
  };
  const report = build({
    since: { year: 2025, assessment: earlier, checklist, score: scoreAssessment(checklist, earlier.answers) },
  });
  const change = report.change;

  it("has the overall and theme scores of both years, the difference as printed", () => {
    // 2025: yhteistyo (0·3 + ⅔·1 + 1·2) / 6 = 44.4, tuki (1·2 + 0·1) / 3 = 66.7, overall 55.6.
    // 2026: yhteistyo ⅓·3 / 3 = 33.3 (a2 don't know, a3 N/A), tuki (⅔·2 + 0·1) / 3 = 44.4, overall 38.9.
    expect(change?.overall.from?.score).toBeCloseTo(500 / 9, 10);
    expect(change?.overall.to?.score).toBeCloseTo(350 / 9, 10);
    expect(change?.overall.difference).toBe(39 - 56);
    expect(change?.themes.map(({ title, difference }) => [title, difference])).toEqual([
      ["yhteistyo", 33 - 44],
      ["tuki", 44 - 67],
    ]);
  });

  it("names each item's change with both years' answers, don't know and missing never a fall", () => {
    expect(change?.items.map(({ itemId, change, delta }) => [itemId, change, delta])).toEqual([
      ["a1", "rose", 1],
      ["a2", "unknown", null],
      ["a3", "notApplicable", null],
      ["b1", "fell", -1],
      ["b2", "same", 0],
      ["b3", "unknown", null],
    ]);
    expect(change?.items[1]).toMatchObject({ itemText: "a2", from: level(2), to: { kind: "dontKnow" } });
    expect(change?.counts).toEqual({ rose: 1, fell: 1, same: 1, unknown: 2, notApplicable: 1 });
    expect([change?.fromYear, change?.toYear, change?.leftOutCount]).toEqual([2025, 2026, 0]);
  });

  it("is left out without an earlier year", () => {
    expect(build().change).toBeNull();
  });
});
