import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundledRegistry } from "../../tests/bundled-checklists";
import { anyFileBytes, mutatedFile, VALID_FILE, VALID_TEXT } from "../../tests/fuzz/assessment-file-cases";
import { AssessmentSchema } from "../domain/assessment";
import { toAssessmentsFile } from "../domain/assessment-archive";
import { toAssessmentFile } from "../domain/assessment-file";
import { generateAssessments } from "../domain/generate-assessments";
import { FILE_MAX_BYTES, WORKSHOP_ARCHIVE_MAX_BYTES } from "../domain/limits";
import { latestChecklist } from "../domain/registry-lookup";
import { createWorkshop } from "../domain/workshop";
import { toWorkshopFile, WORKSHOP_FILE_FORMAT } from "../domain/workshop-archive";
import { readImportBytes, readImportFile } from "./read-import-file";

const { checklists } = bundledRegistry;
const checklist = latestChecklist(bundledRegistry);
if (!checklist) throw new Error("no shipped checklist");
const encoder = new TextEncoder();
const bytesOf = (value: unknown, padding = 0) => encoder.encode(JSON.stringify(value) + " ".repeat(padding));
const [koski, poytya] = generateAssessments(checklist, 2, 11);
if (!koski || !poytya) throw new Error("nothing generated");

const NOW = new Date("2026-11-23T10:00:00.000Z");
const archiveOf = (assessments: unknown[]) => ({
  ...toWorkshopFile(createWorkshop("Alue", NOW), NOW),
  assessments,
});

describe("readImportBytes", () => {
  it("reads an assessment file as one outcome named by the file, naming what it left out", () => {
    expect(readImportBytes("koski.json", bytesOf(toAssessmentFile(koski)), checklists)).toEqual([
      { sourceName: "koski.json", ok: true, assessment: koski, dropped: [] },
    ]);
    const withStray = {
      ...VALID_FILE,
      answers: { ...(VALID_FILE.answers as object), zz: { kind: "dontKnow" } },
    };
    const [read] = readImportBytes("vanha.json", bytesOf(withStray), checklists);
    expect(read).toMatchObject({ ok: true, dropped: [{ path: "answers.zz", code: "unknownItem" }] });
  });

  it("gives an old file with an official name its municipality code, keeping a code it has", () => {
    const { id: _id, createdAt: _createdAt, ...v3 } = toAssessmentFile(koski);
    const meta = { ...koski.meta, municipality: "Koski Tl", municipalityCode: undefined };
    const file = { ...v3, formatVersion: 2, meta };
    const [read] = readImportBytes("v2.json", bytesOf(file), checklists);
    expect(read?.ok && read.assessment.meta).toMatchObject({
      municipality: "Koski Tl",
      municipalityCode: "284",
    });
    const odd = {
      ...toAssessmentFile(koski),
      meta: { ...koski.meta, municipality: "Kylä", municipalityCode: "284" },
    };
    const [kept] = readImportBytes("kyla.json", bytesOf(odd), checklists);
    expect(kept?.ok && kept.assessment.meta.municipalityCode).toBe("284");
  });

  it("expands an archive to one outcome per entry, numbered from 1, a bad entry refused on its own", () => {
    const outcomes = readImportBytes(
      "alue.json",
      bytesOf(archiveOf([toAssessmentFile(koski), { format: "muu" }, toAssessmentFile(poytya)])),
      checklists,
    );
    expect(outcomes).toEqual([
      { sourceName: "alue.json › 1", ok: true, assessment: koski, dropped: [], archiveName: "Alue" },
      {
        sourceName: "alue.json › 2",
        ok: false,
        problems: [{ path: "", code: "notOurFormat", detail: "kumppanuuspeili-assessment" }],
        archiveName: "Alue",
      },
      { sourceName: "alue.json › 3", ok: true, assessment: poytya, dropped: [], archiveName: "Alue" },
    ]);
  });

  it("expands an archive of the library's assessments the same way, without a workshop name", () => {
    const archive = { ...toAssessmentsFile([koski], NOW), assessments: [toAssessmentFile(koski), "text"] };
    expect(readImportBytes("kaikki.json", bytesOf(archive), checklists)).toEqual([
      { sourceName: "kaikki.json › 1", ok: true, assessment: koski, dropped: [] },
      {
        sourceName: "kaikki.json › 2",
        ok: false,
        problems: [{ path: "", code: "notOurFormat", detail: "kumppanuuspeili-assessment" }],
      },
    ]);
    const newer = { ...toAssessmentsFile([], NOW), formatVersion: 2 };
    expect(readImportBytes("uusi.json", bytesOf(newer), checklists)).toEqual([
      {
        sourceName: "uusi.json",
        ok: false,
        problems: [{ path: "formatVersion", code: "unknownVersion", detail: "2" }],
      },
    ]);
  });

  it("refuses a broken archive as a whole, saying why", () => {
    const newer = { ...archiveOf([]), formatVersion: 2 };
    expect(readImportBytes("uusi.json", bytesOf(newer), checklists)).toEqual([
      {
        sourceName: "uusi.json",
        ok: false,
        problems: [{ path: "formatVersion", code: "unknownVersion", detail: "2" }],
      },
    ]);
  });

  it("reads an archive over the 2 MB file limit, and refuses an assessment file over it", () => {
    const archive = bytesOf(archiveOf([toAssessmentFile(koski)]), FILE_MAX_BYTES);
    expect(archive.byteLength).toBeGreaterThan(FILE_MAX_BYTES);
    expect(readImportBytes("iso-alue.json", archive, checklists)).toEqual([
      { sourceName: "iso-alue.json › 1", ok: true, assessment: koski, dropped: [], archiveName: "Alue" },
    ]);
    const padded = bytesOf(toAssessmentFile(koski), FILE_MAX_BYTES);
    expect(readImportBytes("iso.json", padded, checklists)).toEqual([
      { sourceName: "iso.json", ok: false, problems: [{ path: "", code: "tooLarge", detail: "2 MB" }] },
    ]);
    const latin1 = new Uint8Array(FILE_MAX_BYTES + 10).fill(0x20);
    latin1[0] = 0xe4;
    expect(readImportBytes("latin1.json", latin1, checklists)).toEqual([
      { sourceName: "latin1.json", ok: false, problems: [{ path: "", code: "invalidEncoding" }] },
    ]);
  });

  it("refuses what is not JSON or not UTF-8, one problem for the file", () => {
    expect(readImportBytes("rikki.json", encoder.encode("{ not json"), checklists)).toMatchObject([
      { sourceName: "rikki.json", ok: false, problems: [{ path: "", code: "invalidJson" }] },
    ]);
    expect(readImportBytes("utf16.json", new Uint8Array([0xff, 0xfe, 0x7b, 0x00]), checklists)).toEqual([
      { sourceName: "utf16.json", ok: false, problems: [{ path: "", code: "invalidEncoding" }] },
    ]);
  });

  it("never throws on hostile files or archives, and every assessment it accepts is valid", () => {
    const decoder = new TextDecoder();
    const hostileArchive = fc
      .array(mutatedFile, { maxLength: 3 })
      .map((entries) =>
        encoder.encode(
          `{"format":"${WORKSHOP_FILE_FORMAT}","formatVersion":1,"name":"A","exportedAt":"2026-11-23T10:00:00.000Z",` +
            `"assessments":[${[VALID_TEXT, ...entries.map((entry) => decoder.decode(entry))].join(",")}]}`,
        ),
      );
    fc.assert(
      fc.property(fc.oneof(anyFileBytes, hostileArchive), (bytes) => {
        const outcomes = readImportBytes("vihamielinen.json", bytes, checklists);
        expect(outcomes.length).toBeGreaterThan(0);
        for (const outcome of outcomes) {
          expect(outcome.sourceName.startsWith("vihamielinen.json")).toBe(true);
          if (outcome.ok) expect(AssessmentSchema.safeParse(outcome.assessment).success).toBe(true);
          else expect(outcome.problems.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("readImportFile", () => {
  it("refuses a file over the archive limit by its size, without reading it", async () => {
    const huge = {
      name: "valtava.json",
      size: WORKSHOP_ARCHIVE_MAX_BYTES + 1,
      arrayBuffer: () => Promise.reject(new Error("read although too large")),
    };
    expect(await readImportFile(huge, checklists)).toEqual([
      { sourceName: "valtava.json", ok: false, problems: [{ path: "", code: "tooLarge", detail: "50 MB" }] },
    ]);
  });

  it("turns a file that cannot be read into a problem like any other", async () => {
    const gone = {
      name: "poistettu.json",
      size: 10,
      arrayBuffer: () => Promise.reject(new Error("NotFoundError")),
    };
    expect(await readImportFile(gone, checklists)).toEqual([
      {
        sourceName: "poistettu.json",
        ok: false,
        problems: [{ path: "", code: "invalid", detail: "NotFoundError" }],
      },
    ]);
  });
});
