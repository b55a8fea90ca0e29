// @vitest-environment node
import { type SpawnOptions, spawn } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import { readChecklistRegistry } from "../../src/cli/cli-io";
import { hideItem, toChecklistFile } from "../../src/domain/adapted-checklist";
import {
  ASSESSMENT_FILE_VERSION,
  ASSESSMENT_SCHEMA_REF,
  readAssessmentFile,
  toAssessmentFile,
} from "../../src/domain/assessment-file";
import type { Checklist } from "../../src/domain/checklist";
import { FILE_MAX_LABEL } from "../../src/domain/file-text";
import {
  ACTIONS_MAX,
  CALENDAR_MAX,
  MUNICIPALITY_MAX,
  NOTE_MAX,
  PLAN_LABEL_MAX,
  PLAN_TEXT_MAX,
} from "../../src/domain/limits";
import { regional } from "../fixtures/adapted-checklist";
import { buildAssessment } from "../fixtures/build-assessment";
import { buildChecklist, PIENI_KUNTA } from "../fixtures/build-checklist";
import { PIENI_KUNTA_1_0, PIENI_KUNTA_1_1, PIENI_KUNTA_1_2 } from "../fixtures/checklist-versions";

const ROOT = path.resolve(import.meta.dirname, "../..");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end, collecting what it prints. */
function collect(command: string, args: readonly string[], options: SpawnOptions): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, options);
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr?.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs a CLI the way `npm run` does (through tsx), but without npx's start-up cost. */
function run(cli: string, args: readonly string[]): Promise<Run> {
  return collect(process.execPath, ["--import", "tsx", `src/cli/${cli}.ts`, ...args], {
    cwd: ROOT,
    // As npm run would say: the user stands in the project root.
    env: { ...process.env, INIT_CWD: ROOT },
  });
}

/**
 * Runs `npm run <args>` from `cwd` as a user would type it, with npm's own environment (npm sets INIT_CWD
 * to where it was called from; a value inherited from the test runner would hide that).
 */
function runNpm(args: readonly string[], cwd: string): Promise<Run> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== "INIT_CWD" && !key.startsWith("npm_")),
  );
  return collect("npm", ["run", ...args], { cwd, env });
}

function jsonLines(stdout: string): unknown[] {
  return stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
}

const scratch = mkdtempSync(path.join(tmpdir(), "kumppanuuspeili-cli-"));
const notJson = path.join(scratch, "rikki.json");
writeFileSync(notJson, "{ this is not json");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FIXTURES = "tests/fixtures";
const CHECKLISTS = ["--checklists", `${FIXTURES}/checklists`];
// Each test starts a tsx process (~2 s idle); running beside the rest of the suite on two cores, 5 s is too tight.
const SPAWNING = { timeout: 30_000 };

describe.concurrent("validate-checklists", SPAWNING, () => {
  it("accepts a valid checklist", async () => {
    const result = await run("validate-checklists", [`${FIXTURES}/checklists/pieni-kunta/1.0.0.json`]);
    expect(result.stdout).toBe(
      "OK tests/fixtures/checklists/pieni-kunta/1.0.0.json (pieni-kunta 1.0.0, 8 items)\n",
    );
    expect(result.code).toBe(0);
  });

  it("lists every problem of an invalid checklist by its JSON path", async () => {
    const result = await run("validate-checklists", [
      `${FIXTURES}/invalid-checklists/pieni-kunta/1.0.0.json`,
    ]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("FAIL tests/fixtures/invalid-checklists/pieni-kunta/1.0.0.json");
    expect(lines.slice(1).map((line) => line.slice(0, line.indexOf(":")))).toEqual([
      "  themes[0].items[0].weight",
      "  themes[0].items[1].text.sv",
      "  themes[0].items[2].id",
      "  themes[0].items[2].sources[0]",
    ]);
  });

  it("checks that the folder is the id and the file name the version", async () => {
    const result = await run("validate-checklists", [
      `${FIXTURES}/invalid-checklists/vaara-kansio/2.0.0.json`,
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '  id: is invalid ("pieni-kunta" differs from the folder name "vaara-kansio")',
    );
    expect(result.stdout).toContain(
      '  version: is invalid ("1.0.0" differs from the file name "2.0.0.json")',
    );
  });

  it("fails on a file that is not JSON or does not exist, and still checks the rest", async () => {
    const result = await run("validate-checklists", [
      notJson,
      "puuttuu.json",
      `${FIXTURES}/checklists/pieni-kunta/1.0.0.json`,
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^ {2}\(file\): is not valid JSON/m);
    expect(result.stdout).toContain("FAIL puuttuu.json\n  (file): is invalid (cannot read the file: ENOENT)");
    expect(result.stdout).toContain("OK tests/fixtures/checklists/pieni-kunta/1.0.0.json");
  });

  it("checks a whole checklists folder: checklists, examples and practices, noting version differences", async () => {
    const result = await run("validate-checklists", CHECKLISTS);
    expect(result.stdout).toBe(
      [
        "OK tests/fixtures/checklists/pieni-kunta/1.0.0.json (pieni-kunta 1.0.0, 8 items)",
        "OK tests/fixtures/checklists/pieni-kunta/examples/koski-tl.json (example koski-tl, 8 answers, 6 cited)",
        // Written for 0.9.0, read against the latest version present: not a failure, but shown.
        "OK tests/fixtures/checklists/pieni-kunta/examples/vanha-kunta.json (example vanha-kunta, 2 answers, 1 cited)",
        "  note: 2 answers match no item of 1.0.0: a0, b9",
        "OK tests/fixtures/checklists/pieni-kunta/practices.json (practices, 2 cards)",
        "",
      ].join("\n"),
    );
    expect(result.code).toBe(0);
  });

  it("tells files apart by their content and reports broken examples and catalogs", async () => {
    const example = JSON.parse(
      readFileSync(`${ROOT}/${FIXTURES}/checklists/pieni-kunta/examples/koski-tl.json`, "utf8"),
    );
    const misplaced = path.join(scratch, "muu-lista", "examples", "kunta.json");
    mkdirSync(path.dirname(misplaced), { recursive: true });
    writeFileSync(misplaced, JSON.stringify(example));
    const practices = JSON.parse(
      readFileSync(`${ROOT}/${FIXTURES}/checklists/pieni-kunta/practices.json`, "utf8"),
    );
    const brokenPractices = path.join(scratch, "kortit.json");
    const [first, second] = practices.practices;
    writeFileSync(
      brokenPractices,
      JSON.stringify({ ...practices, practices: [first, { ...second, id: first.id, items: ["zz"] }] }),
    );

    const result = await run("validate-checklists", [
      ...CHECKLISTS,
      `${FIXTURES}/invalid-examples/rikki.json`,
      misplaced,
      brokenPractices,
      `${FIXTURES}/checklists/pieni-kunta/examples/koski-tl.json`,
      `${FIXTURES}/checklists/pieni-kunta/1.0.0.json`,
    ]);
    expect(result.code).toBe(1);
    const out = result.stdout;
    expect(out).toContain(
      [
        "FAIL tests/fixtures/invalid-examples/rikki.json",
        "  example.citations.a2: is missing",
        '  example.citations.a1.seed: cites "001_a1d4cf03c20a9a4f.txt", which is not in the list of sources',
        "  example.citations.b1: is invalid (cites a don't-know answer)",
      ].join("\n"),
    );
    expect(out).toContain(
      '  checklist.id: is invalid ("pieni-kunta" differs from the folder name "muu-lista")',
    );
    expect(out).toContain('  example.id: is invalid ("koski-tl" differs from the file name "kunta.json")');
    expect(out).toContain('  practices[1].id: repeats the id "yhteisovaliokunta" used earlier');
    expect(out).toContain('  practices[1].items[0]: answers an item "zz" that the checklist does not have');
    expect(out).toContain(
      "OK tests/fixtures/checklists/pieni-kunta/examples/koski-tl.json (example koski-tl",
    );
    expect(out).toContain("OK tests/fixtures/checklists/pieni-kunta/1.0.0.json (pieni-kunta 1.0.0, 8 items)");
  });

  it("reports an example whose checklist is not in the checklists folder", async () => {
    const result = await run("validate-checklists", [
      "--checklists",
      `${FIXTURES}/invalid-checklists`,
      `${FIXTURES}/checklists/pieni-kunta/examples/koski-tl.json`,
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      "FAIL tests/fixtures/checklists/pieni-kunta/examples/koski-tl.json\n" +
        '  checklist.id: names an unknown checklist "pieni-kunta"\n',
    );
  });
});

describe.concurrent("score", SPAWNING, () => {
  it("scores assessment files as JSON lines, with hand-computed numbers", async () => {
    const result = await run("score", [
      ...CHECKLISTS,
      `${FIXTURES}/assessments/koski-tl.json`,
      `${FIXTURES}/assessments/pieni-kunta.json`,
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const checklist = { id: "pieni-kunta", version: "1.0.0" };
    expect(jsonLines(result.stdout)).toEqual([
      {
        // yhteistyo: 100 × (3×1 + 1×1/3) / (3+1) = 83.33, a3 N/A and a4 don't know: coverage 2/3
        // tuki: 100 × (2×2/3 + 2×0) / 4 = 33.33; tilat: 100 × (1×2/3 + 3×1/3) / 4 = 41.67
        // overall: (83.33 + 33.33 + 41.67) / 3 = 52.78; coverage 6/7 = 0.857
        file: "tests/fixtures/assessments/koski-tl.json",
        municipality: "Koski Tl",
        year: 2026,
        checklist,
        overall: { score: 52.8, coverage: 0.857, band: "established", isProvisional: false },
        themes: [
          { id: "yhteistyo", score: 83.3, coverage: 0.667, band: "leading", isProvisional: false },
          { id: "tuki", score: 33.3, coverage: 1, band: "developing", isProvisional: false },
          { id: "tilat", score: 41.7, coverage: 1, band: "developing", isProvisional: false },
        ],
      },
      {
        // yhteistyo: only a1 = 2 → 66.67 with coverage 1/4: provisional, and so is the overall score
        // tuki: 100; tilat: c1 = 0, c2 N/A → 0; overall: (66.67 + 100 + 0) / 3 = 55.56; coverage 4/7 = 0.571
        file: "tests/fixtures/assessments/pieni-kunta.json",
        municipality: "Pieni kunta",
        year: 2025,
        checklist,
        overall: { score: 55.6, coverage: 0.571, band: "established", isProvisional: true },
        themes: [
          { id: "yhteistyo", score: 66.7, coverage: 0.25, band: "established", isProvisional: true },
          { id: "tuki", score: 100, coverage: 1, band: "leading", isProvisional: false },
          { id: "tilat", score: 0, coverage: 1, band: "beginning", isProvisional: false },
        ],
      },
    ]);
  });

  it("prints an error line for a bad file, scores the others and exits 1", async () => {
    const result = await run("score", [
      ...CHECKLISTS,
      `${FIXTURES}/assessments/unknown-item.json`,
      `${FIXTURES}/assessments/not-an-assessment.json`,
      `${FIXTURES}/assessments/koski-tl.json`,
    ]);
    expect(result.code).toBe(1);
    const [unknownItem, notAssessment, scored] = jsonLines(result.stdout);
    expect(unknownItem).toEqual({
      file: "tests/fixtures/assessments/unknown-item.json",
      error: [
        {
          path: "answers.zz",
          code: "unknownItem",
          detail: "zz",
          message: 'answers.zz: answers an item "zz" that the checklist does not have',
        },
      ],
    });
    expect(notAssessment).toEqual({
      file: "tests/fixtures/assessments/not-an-assessment.json",
      error: [
        {
          path: "",
          code: "notOurFormat",
          detail: "kumppanuuspeili-assessment",
          message: "(file): is not a Kumppanuuspeili assessment file",
        },
      ],
    });
    expect(scored).toMatchObject({ municipality: "Koski Tl", overall: { score: 52.8 } });
  });

  it("as the README says, `npm run -s score -- FILE` from a subfolder prints only JSON lines, paths from there", async () => {
    const result = await runNpm(
      [
        "-s",
        "score",
        "--",
        "--checklists",
        "checklists",
        "assessments/koski-tl.json",
        "../fixtures/assessments/pieni-kunta.json",
      ],
      path.join(ROOT, FIXTURES),
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ file: "assessments/koski-tl.json", municipality: "Koski Tl" }),
      expect.objectContaining({ file: "assessments/pieni-kunta.json", municipality: "Pieni kunta" }),
    ]);
  });

  it("without -s, npm 11 itself prints its script banner on stdout; every other line is the tool's JSON", async () => {
    const result = await runNpm(
      ["score", "--", "--checklists", "checklists", "assessments/koski-tl.json"],
      path.join(ROOT, FIXTURES),
    );
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n").filter((line) => line !== "");
    const banner = lines.filter((line) => line.startsWith("> "));
    expect(banner).toEqual([
      "> kumppanuuspeili@0.1.0 score",
      expect.stringMatching(/^> tsx src\/cli\/score\.ts/),
    ]);
    expect(lines.filter((line) => !line.startsWith("> ")).map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ file: "assessments/koski-tl.json" }),
    ]);
  });

  it("refuses a 51 MB file by its size without reading it, and reads a UTF-8 file with a byte-order mark", async () => {
    const huge = path.join(scratch, "iso.json");
    writeFileSync(huge, "");
    truncateSync(huge, 51 * 1024 * 1024);
    const withBom = path.join(scratch, "bom.json");
    writeFileSync(withBom, `\uFEFF${readFileSync(`${ROOT}/${FIXTURES}/assessments/koski-tl.json`, "utf8")}`);
    const latin1 = path.join(scratch, "latin1.json");
    writeFileSync(latin1, Buffer.from([0x7b, 0x22, 0xe4, 0x22, 0x7d]));
    const started = performance.now();
    const result = await run("score", [...CHECKLISTS, huge, withBom, latin1]);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(result.code).toBe(1);
    const [tooLarge, bom, notUtf8] = jsonLines(result.stdout);
    expect(tooLarge).toMatchObject({ error: [{ code: "tooLarge", detail: "2 MB" }] });
    expect(bom).toMatchObject({ municipality: "Koski Tl", overall: { score: 52.8 } });
    expect(notUtf8).toMatchObject({ error: [{ code: "invalidEncoding" }] });
  });

  it("shows usage and exits 2 without files", async () => {
    const result = await run("score", CHECKLISTS);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^Usage: npm run score/);
  });
});

describe.concurrent("score --csv", SPAWNING, () => {
  // Written as the app exports them, into the scratch folder.
  function writeAssessment(name: string, ...spec: Parameters<typeof buildAssessment>): string {
    const file = path.join(scratch, name);
    writeFileSync(file, JSON.stringify(toAssessmentFile(buildAssessment(...spec))));
    return file;
  }
  const NOTE = 'Sanoi "kyllä"; sitten\nrivinvaihto';
  const parainen = writeAssessment(
    "parainen.json",
    { municipality: "Parainen", code: "445", checklistId: "pieni-kunta", role: "association" },
    { a1: { kind: "level", level: 2, note: NOTE }, b1: "?" },
  );
  const hostile = writeAssessment(
    "hostile.json",
    { municipality: '=HYPERLINK("http://example.com";"x")', checklistId: "pieni-kunta", year: 2025 },
    { c2: { kind: "level", level: 1, note: "@SUM(1;2)" } },
  );
  const KOSKI = `${FIXTURES}/assessments/koski-tl.json`;

  function rows(stdout: string): string[][] {
    expect(stdout.startsWith("\uFEFFmunicipality_code;")).toBe(true);
    const { data, errors } = Papa.parse<string[]>(stdout, { delimiter: ";", newline: "\r\n" });
    expect(errors).toEqual([]);
    expect(data.pop()).toEqual([""]);
    return data;
  }

  it("writes the long layout of every file, one row per assessment × item, names and notes escaped", async () => {
    const result = await run("score", [...CHECKLISTS, "--csv", KOSKI, parainen]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const [header, ...data] = rows(result.stdout);
    expect(header).toEqual([
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
      "theme_number",
      "item_number",
      "answer",
      "level",
    ]);
    expect(data).toHaveLength(16);
    // koski-tl.json predates municipality codes, so it has no code, region or county.
    const koski = ["", "Koski Tl", "", "", "", "", "2026", "municipality", "pieni-kunta", "1.0.0"];
    expect(data.slice(0, 4)).toEqual([
      [...koski, "yhteistyo", "a1", "1", "1", "level", "3"],
      [...koski, "yhteistyo", "a2", "1", "2", "level", "1"],
      [...koski, "yhteistyo", "a3", "1", "3", "notApplicable", ""],
      [...koski, "yhteistyo", "a4", "1", "4", "dontKnow", ""],
    ]);
    expect(data[8]).toEqual([
      "445",
      "Parainen",
      "02",
      "Varsinais-Suomi",
      "05",
      "Varsinais-Suomen hyvinvointialue",
      "2026",
      "association",
      "pieni-kunta",
      "1.0.0",
      "yhteistyo",
      "a1",
      "1",
      "1",
      "level",
      "2",
    ]);
    expect(result.stdout).not.toContain("kyllä");
  });

  it("adds the notes with --notes; they survive the round trip, and nothing can run as a formula", async () => {
    const result = await run("score", [...CHECKLISTS, "--csv", "--notes", parainen, hostile]);
    expect(result.code).toBe(0);
    const [header, ...data] = rows(result.stdout);
    expect(header?.at(-1)).toBe("note");
    expect(data[0]?.at(-1)).toBe(NOTE);
    expect(data[8]?.[1]).toBe(`'=HYPERLINK("http://example.com";"x")`);
    expect(data[15]?.slice(-3)).toEqual(["level", "1", "'@SUM(1;2)"]);
    expect(data.flat().filter((value) => /^[=+\-@\t\r]/.test(value))).toEqual([]);
  });

  it("aligns files answering two checklist versions on the items both have", async () => {
    const checklists = path.join(scratch, "versions", "pieni-kunta");
    mkdirSync(checklists, { recursive: true });
    writeFileSync(
      path.join(checklists, "1.0.0.json"),
      readFileSync(`${ROOT}/${FIXTURES}/checklists/pieni-kunta/1.0.0.json`),
    );
    // 1.1.0 drops a4 and b2.
    const [cooperation, support, premises] = PIENI_KUNTA;
    const newer = buildChecklist(
      [
        { ...cooperation, id: "yhteistyo", items: cooperation?.items.slice(0, 3) ?? [] },
        { ...support, id: "tuki", items: support?.items.slice(0, 1) ?? [] },
        premises ?? { id: "tilat", items: [] },
      ],
      "pieni-kunta",
      "1.1.0",
    );
    writeFileSync(path.join(checklists, "1.1.0.json"), JSON.stringify(newer));
    const current = writeAssessment(
      "uusi.json",
      { municipality: "Salo", code: "734", checklistId: "pieni-kunta", version: "1.1.0" },
      { a1: 1 },
    );
    const result = await run("score", ["--checklists", path.dirname(checklists), "--csv", KOSKI, current]);
    expect(result.stderr).toBe("");
    const data = rows(result.stdout).slice(1);
    expect(data.map((row) => `${row[1]} ${row[9]} ${row[11]}`)).toEqual(
      ["Koski Tl 1.0.0", "Salo 1.1.0"].flatMap((who) =>
        ["a1", "a2", "a3", "b1", "c1", "c2"].map((item) => `${who} ${item}`),
      ),
    );
  });

  it("names a file it cannot read on stderr, writes the others and exits 1", async () => {
    const result = await run("score", [
      ...CHECKLISTS,
      "--csv",
      `${FIXTURES}/assessments/unknown-item.json`,
      KOSKI,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'Skipping tests/fixtures/assessments/unknown-item.json: answers.zz: answers an item "zz" that the checklist does not have\n',
    );
    expect(rows(result.stdout)).toHaveLength(9);
  });

  it("shows usage and exits 2 for --notes without --csv, or --csv without files", async () => {
    const [notesOnly, noFiles] = await Promise.all([
      run("score", [...CHECKLISTS, "--notes", KOSKI]),
      run("score", [...CHECKLISTS, "--csv"]),
    ]);
    for (const result of [notesOnly, noFiles]) {
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/^Usage: npm run score -- \[--checklists DIR\] \[--csv \[--notes\]\]/);
    }
  });
});

describe("assessment.schema.json", () => {
  const schema = JSON.parse(readFileSync(`${ROOT}/checklists/assessment.schema.json`, "utf8"));

  it("describes every file format version still read, told apart by formatVersion", () => {
    expect(schema.oneOf).toEqual([1, 2, 3].map((version) => ({ $ref: `#/$defs/AssessmentFileV${version}` })));
    for (const version of [1, 2, 3]) {
      expect(schema.$defs[`AssessmentFileV${version}`].properties.formatVersion.const).toBe(version);
      expect(schema.$defs[`AssessmentFileV${version}`].properties.$schema).toEqual({ type: "string" });
    }
  });

  it("states the limits the app enforces", () => {
    const v3 = schema.$defs.AssessmentFileV3.properties;
    expect(v3.actions.maxItems).toBe(500);
    expect(v3.calendar.maxItems).toBe(200);
    expect(schema.$defs.Meta.properties.municipality.maxLength).toBe(100);
    expect(JSON.stringify(schema.$defs.Answer)).toContain('"maxLength":2000');
    expect(schema.$defs.Action.properties.what.maxLength).toBe(500);
    expect(schema.description).toContain("2 MB");
  });
});

describe("README", () => {
  const readme = readFileSync(`${ROOT}/README.md`, "utf8");

  it("shows a file format example the import reads whole", () => {
    const example = /```json\n(\{\n {2}"\$schema"[\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const { checklists } = readChecklistRegistry(`${ROOT}/checklists`);
    expect(readAssessmentFile(example ?? "", checklists)).toMatchObject({ ok: true });
    expect(JSON.parse(example ?? "")).toMatchObject({
      $schema: ASSESSMENT_SCHEMA_REF,
      formatVersion: ASSESSMENT_FILE_VERSION,
    });
  });

  it("states the limits the code enforces", () => {
    const table = readme.slice(readme.indexOf("### Limits"), readme.indexOf("### Importing"));
    expect(table).toContain(`| ${FILE_MAX_LABEL} of UTF-8`);
    for (const limit of [NOTE_MAX, MUNICIPALITY_MAX, PLAN_TEXT_MAX, PLAN_LABEL_MAX]) {
      expect(table).toContain(`| ${limit} characters`);
    }
    expect(table).toMatch(new RegExp(`\\| actions +\\| ${ACTIONS_MAX} `));
    expect(table).toMatch(new RegExp(`\\| annual clock events +\\| ${CALENDAR_MAX} `));
  });
});

describe("generate-json-schema", SPAWNING, () => {
  it("has written the committed schema from the current checklist shape", async () => {
    const result = await run("generate-json-schema", ["--check"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});

describe.concurrent("generate-assessments", SPAWNING, () => {
  it("writes N numbered files that the import reads whole, the same for the same seed", async () => {
    const first = path.join(scratch, "generated", "first");
    const again = path.join(scratch, "generated", "again");
    const [result] = await Promise.all([
      run("generate-assessments", ["5", first, "--seed", "42"]),
      run("generate-assessments", ["5", again, "--seed", "42"]),
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote 5 assessments of jarjestoystavallinen-kunta \d+\.\d+\.\d+ to /);
    const names = readdirSync(first).sort();
    expect(names).toHaveLength(5);
    expect(readdirSync(again).sort()).toEqual(names);
    const { checklists } = readChecklistRegistry(`${ROOT}/checklists`);
    names.forEach((name, index) => {
      expect(name).toMatch(
        new RegExp(`^00${index + 1}-kumppanuuspeili-[a-z0-9-]+-\\d{4}-\\d{2}-\\d{2}\\.json$`),
      );
      const text = readFileSync(path.join(first, name), "utf8");
      expect(readFileSync(path.join(again, name), "utf8")).toBe(text);
      const read = readAssessmentFile(text, checklists);
      expect(read).toMatchObject({ ok: true, value: { id: `generated-42-000${index + 1}` } });
    });
  });

  it("as npm run, resolves DIR from where the user stands", async () => {
    const cwd = path.join(ROOT, FIXTURES);
    const out = path.relative(cwd, path.join(scratch, "generated", "npm"));
    const result = await runNpm(["-s", "generate-assessments", "--", "2", out], cwd);
    expect(result.code).toBe(0);
    expect(result.stdout.endsWith(` to ${out}\n`)).toBe(true);
    expect(readdirSync(path.join(scratch, "generated", "npm"))).toHaveLength(2);
  });

  it("shows usage and exits 2 without a count and a folder, or with a seed that is not an integer", async () => {
    const runs = await Promise.all([
      run("generate-assessments", []),
      run("generate-assessments", ["many", scratch]),
      run("generate-assessments", ["3", scratch, "--seed", "x"]),
    ]);
    for (const result of runs) {
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^Usage: npm run generate-assessments/);
    }
  });
});

describe("validate-checklists across versions", () => {
  /** `<scratch>/<name>/pieni-kunta/` holding the given versions. */
  function versionFolder(name: string, versions: readonly Checklist[]): string {
    const folder = path.join(scratch, name, "pieni-kunta");
    mkdirSync(folder, { recursive: true });
    for (const checklist of versions)
      writeFileSync(path.join(folder, `${checklist.version}.json`), JSON.stringify(checklist));
    return folder;
  }

  it("accepts versions whose declarations account for every change", SPAWNING, async () => {
    const folder = versionFolder("versions-ok", [PIENI_KUNTA_1_0, PIENI_KUNTA_1_1, PIENI_KUNTA_1_2]);
    const { code, stdout } = await run("validate-checklists", ["--checklists", path.dirname(folder)]);
    expect(stdout).toContain("OK");
    expect(stdout).not.toContain("FAIL");
    expect(code).toBe(0);
  });

  it("fails a later version that leaves a change undeclared, naming it", SPAWNING, async () => {
    const undeclared = structuredClone(PIENI_KUNTA_1_1);
    undeclared.changes = {
      ...(undeclared.changes ?? { from: "1.0.0", log: PIENI_KUNTA_1_1.title }),
      items: [],
    };
    undeclared.retiredIds = [];
    const folder = versionFolder("versions-undeclared", [PIENI_KUNTA_1_0, undeclared]);
    const { code, stdout } = await run("validate-checklists", ["--checklists", path.dirname(folder)]);
    expect(stdout).toMatch(/FAIL .*1\.1\.0\.json/);
    expect(stdout).toContain('"a4" of 1.0.0 is gone without a split, merge or removal declared');
    expect(stdout).toContain('"b1": its text changed; declare it reworded or changedMeaning');
    expect(stdout).toContain('"d1" is new in 1.1.0 but not declared');
    expect(code).toBe(1);
  });

  it("prints the difference between two versions in the language asked for", SPAWNING, async () => {
    const folder = versionFolder("versions-diff", [PIENI_KUNTA_1_0, PIENI_KUNTA_1_1]);
    const files = [path.join(folder, "1.0.0.json"), path.join(folder, "1.1.0.json")];
    const fi = await run("validate-checklists", ["--diff", ...files]);
    expect(fi.stdout).toContain("pieni-kunta 1.0.0 → pieni-kunta 1.1.0: Eroja: 6");
    expect(fi.stdout).toContain("- Jaettu: ”a1” (a1) → ”a1a” (a1a) ja ”a1b” (a1b) [Kuvattu versiossa 1.1.0]");
    expect(fi.stdout).toContain("    Miksi: Ei lähteessä");
    expect(fi.code).toBe(0);
    const sv = await run("validate-checklists", ["--diff", ...files, "--language", "sv"]);
    expect(sv.stdout).toContain(
      "- Sammanslagen: ”a2” (a2) och ”a3” (a3) → ”a23” (a23) [Beskriven i version 1.1.0]",
    );
    const wrong = await run("validate-checklists", ["--diff", files[0] ?? "", "--language", "de"]);
    expect(wrong.stderr).toContain("Usage: npm run validate-checklists -- --diff");
    expect(wrong.code).toBe(2);
  });
});

describe("validate-checklists and an adapted checklist", () => {
  it(
    "accepts an adaptation of a checklist in the folder and names what it says wrong about its base",
    SPAWNING,
    async () => {
      const root = path.join(scratch, "adapted");
      mkdirSync(path.join(root, "pieni-kunta"), { recursive: true });
      mkdirSync(path.join(root, "seutu-kunta"), { recursive: true });
      writeFileSync(path.join(root, "pieni-kunta", "1.0.0.json"), JSON.stringify(PIENI_KUNTA_1_0));
      const file = path.join(root, "seutu-kunta", "1.0.0.json");
      writeFileSync(file, JSON.stringify(toChecklistFile(regional())));
      const ok = await run("validate-checklists", ["--checklists", root]);
      expect(ok.stdout).toMatch(/OK .*seutu-kunta[\\/]1\.0\.0\.json \(seutu-kunta 1\.0\.0, 7 items\)/);
      expect(ok.code).toBe(0);
      const stray = toChecklistFile(hideItem(regional(), "zz", { fi: "?" }));
      writeFileSync(file, JSON.stringify(stray));
      const bad = await run("validate-checklists", ["--checklists", root]);
      expect(bad.stdout).toContain(
        'adaptation: is invalid (hidden item "zz" is not an item of pieni-kunta 1.0.0)',
      );
      expect(bad.code).toBe(1);
    },
  );
});
