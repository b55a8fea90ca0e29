import { describe, expect, it } from "vitest";
import { bundledRegistry } from "../../tests/bundled-checklists";
import { buildChecklist, PIENI_KUNTA } from "../../tests/fixtures/build-checklist";
import archiveFixture from "../../tests/fixtures/workshops/alue-2026.kumppanuuspeili-workshop.json";
import badEntryFixture from "../../tests/fixtures/workshops/one-bad-entry.kumppanuuspeili-workshop.json";
import type { Assessment, AssessmentMeta } from "./assessment";
import { createAssessment } from "./assessment";
import { toAssessmentFile } from "./assessment-file";
import { FILE_NAME_MAX, WORKSHOP_MEMBERS_MAX, WORKSHOP_NAME_MAX } from "./limits";
import { parseWith } from "./problems";
import {
  createWorkshop,
  duplicateOf,
  municipalityKey,
  readStoredWorkshop,
  readStoredWorkshopInSlices,
  type Workshop,
  WorkshopSchema,
  workshopMember,
} from "./workshop";
import {
  isWorkshopArchive,
  readWorkshopArchive,
  toWorkshopFile,
  WORKSHOP_FILE_FORMAT,
  workshopFileName,
} from "./workshop-archive";

const checklist = buildChecklist(PIENI_KUNTA, "pieni-kunta", "1.0.0");
const NOW = new Date("2026-11-23T10:00:00.000Z");

function assessment(id: string, meta: Partial<AssessmentMeta> = {}): Assessment {
  const base = createAssessment({ id: "pieni-kunta", version: "1.0.0" }, NOW, id);
  return {
    ...base,
    meta: { ...base.meta, municipality: "Koski Tl", municipalityCode: "284", year: 2026, ...meta },
    answers: { a1: { kind: "level", level: 3 }, b1: { kind: "dontKnow" } },
  };
}

function workshopOf(...members: Assessment[]): Workshop {
  return {
    ...createWorkshop("Varsinais-Suomi 2026", NOW, "workshop-0001"),
    members: members.map((member, index) => ({
      fileName: `${index + 1}.json`,
      addedAt: NOW.toISOString(),
      assessment: member,
    })),
  };
}

describe("createWorkshop", () => {
  it("starts empty, with the trimmed name and one time for creation and change", () => {
    expect(createWorkshop("  Varsinais-Suomi 2026 ", NOW, "workshop-0001")).toEqual({
      id: "workshop-0001",
      name: "Varsinais-Suomi 2026",
      createdAt: "2026-11-23T10:00:00.000Z",
      updatedAt: "2026-11-23T10:00:00.000Z",
      members: [],
    });
    expect(parseWith(WorkshopSchema, createWorkshop("Alue", NOW)).ok).toBe(true);
  });

  it("is valid only with a name of 1 to WORKSHOP_NAME_MAX characters", () => {
    expect(parseWith(WorkshopSchema, createWorkshop("   ", NOW, "workshop-0001"))).toMatchObject({
      ok: false,
      problems: [{ path: "name", code: "tooShort" }],
    });
    const long = createWorkshop("x".repeat(WORKSHOP_NAME_MAX + 1), NOW, "workshop-0001");
    expect(parseWith(WorkshopSchema, long)).toMatchObject({
      ok: false,
      problems: [{ path: "name", code: "tooLong", detail: "100" }],
    });
  });

  it("refuses a member whose assessment is not valid", () => {
    const broken = workshopOf(assessment("assessment-0001", { year: 1999 }));
    expect(parseWith(WorkshopSchema, broken)).toMatchObject({
      ok: false,
      problems: [{ path: "members[0].assessment.meta.year", code: "tooSmall" }],
    });
  });
});

describe("workshopMember", () => {
  it("keeps where the assessment came from and when, a too long name shortened from its start", () => {
    const koski = assessment("assessment-0001");
    expect(workshopMember("koski.json", koski, NOW)).toEqual({
      fileName: "koski.json",
      addedAt: "2026-11-23T10:00:00.000Z",
      assessment: koski,
    });
    const long = `${"a".repeat(FILE_NAME_MAX)}.json › 12`;
    const { fileName } = workshopMember(long, koski, NOW);
    expect(fileName).toHaveLength(FILE_NAME_MAX);
    expect(fileName.startsWith("…a")).toBe(true);
    expect(fileName.endsWith("a.json › 12")).toBe(true);
    expect(
      parseWith(WorkshopSchema, { ...workshopOf(), members: [workshopMember(long, koski, NOW)] }).ok,
    ).toBe(true);
  });
});

describe("municipalityKey", () => {
  it("is the code when there is one, and the normalised name otherwise", () => {
    expect(municipalityKey(assessment("assessment-0001").meta)).toBe("284");
    expect(
      municipalityKey(assessment("a", { municipality: "  Koski  TL ", municipalityCode: undefined }).meta),
    ).toBe("name:koski tl");
  });
});

describe("duplicateOf", () => {
  const stored = [
    assessment("assessment-0001"),
    assessment("assessment-0002", { municipality: "Kylä", municipalityCode: undefined }),
  ];

  it("finds the same id first, whatever the role", () => {
    const again = assessment("assessment-0001", { respondentRole: "association", year: 2024 });
    expect(duplicateOf(stored, again)).toEqual({ existingId: "assessment-0001", reason: "sameId" });
  });

  it("finds the municipality's own assessment of the same year, by code or by name", () => {
    expect(duplicateOf(stored, assessment("assessment-0003"))).toEqual({
      existingId: "assessment-0001",
      reason: "sameMunicipalityYearRole",
    });
    const byName = assessment("assessment-0004", { municipality: " kylä ", municipalityCode: undefined });
    expect(duplicateOf(stored, byName)).toEqual({
      existingId: "assessment-0002",
      reason: "sameMunicipalityYearRole",
    });
  });

  it("lets another year, another municipality, and associations' and workshops' answers in", () => {
    expect(duplicateOf(stored, assessment("assessment-0005", { year: 2025 }))).toBeNull();
    expect(
      duplicateOf(stored, assessment("assessment-0006", { municipality: "Pöytyä", municipalityCode: "608" })),
    ).toBeNull();
    expect(duplicateOf(stored, assessment("assessment-0007", { respondentRole: "association" }))).toBeNull();
    expect(duplicateOf(stored, assessment("assessment-0008", { respondentRole: "workshop" }))).toBeNull();
    const association = [assessment("assessment-0009", { respondentRole: "association" })];
    expect(duplicateOf(association, assessment("assessment-0010"))).toBeNull();
  });

  it("never takes two unnamed assessments for the same municipality's", () => {
    const unnamed = (id: string) => assessment(id, { municipality: "", municipalityCode: undefined });
    expect(duplicateOf([unnamed("assessment-0011")], unnamed("assessment-0012"))).toBeNull();
  });
});

describe("workshop archive", () => {
  const members = [
    assessment("assessment-0001"),
    assessment("assessment-0002", { municipality: "Pöytyä", municipalityCode: "608" }),
  ];

  it("is named after the workshop", () => {
    expect(workshopFileName({ name: "Varsinais-Suomi 2026" })).toBe(
      "varsinais-suomi-2026.kumppanuuspeili-workshop.json",
    );
    expect(workshopFileName({ name: "Åland – ÖÖ" })).toBe("aland-oo.kumppanuuspeili-workshop.json");
    expect(workshopFileName({ name: "???" })).toBe("tyopaja.kumppanuuspeili-workshop.json");
  });

  it("holds the name and each member as an assessment file, and reads back entry by entry", () => {
    const file = toWorkshopFile(workshopOf(...members), new Date("2026-11-24T08:00:00.000Z"));
    expect(file).toEqual({
      format: WORKSHOP_FILE_FORMAT,
      formatVersion: 1,
      name: "Varsinais-Suomi 2026",
      exportedAt: "2026-11-24T08:00:00.000Z",
      assessments: members.map(toAssessmentFile),
    });
    const data = JSON.parse(JSON.stringify(file));
    expect(isWorkshopArchive(data)).toBe(true);
    expect(readWorkshopArchive(data, [checklist])).toEqual({
      ok: true,
      value: {
        name: "Varsinais-Suomi 2026",
        entries: members.map((member, index) => ({
          index,
          result: { ok: true, value: { assessment: member, dropped: [] } },
        })),
      },
    });
  });

  it("reads every entry on its own: a broken one or one with a bad answer never stops the others", () => {
    const file = JSON.parse(JSON.stringify(toWorkshopFile(workshopOf(...members), NOW)));
    file.assessments[0].answers.zz = { kind: "level", level: 3 };
    file.assessments.splice(1, 0, { format: "kumppanuuspeili-assessment", formatVersion: 3 }, "text");
    const read = readWorkshopArchive(file, [checklist]);
    if (!read.ok) throw new Error("archive refused");
    const [first, second, third, fourth] = read.value.entries;
    expect(first).toMatchObject({
      index: 0,
      result: { ok: true, value: { dropped: [{ path: "answers.zz", code: "unknownItem" }] } },
    });
    expect(first?.result.ok && Object.keys(first.result.value.assessment.answers)).toEqual(["a1", "b1"]);
    expect(second).toMatchObject({
      index: 1,
      result: {
        ok: false,
        problems: expect.arrayContaining([{ path: "id", code: "missing", detail: "string" }]),
      },
    });
    expect(third).toMatchObject({
      index: 2,
      result: { ok: false, problems: [{ path: "", code: "notOurFormat" }] },
    });
    expect(fourth).toEqual({
      index: 3,
      result: { ok: true, value: { assessment: members[1], dropped: [] } },
    });
  });

  it("refuses anything but an archive, naming the format it expected", () => {
    const notArchive = { path: "", code: "notOurFormat", detail: WORKSHOP_FILE_FORMAT };
    for (const data of [null, [], "text", 3, toAssessmentFile(members[0] as Assessment)]) {
      expect(isWorkshopArchive(data)).toBe(false);
      expect(readWorkshopArchive(data, [checklist])).toEqual({ ok: false, problems: [notArchive] });
    }
  });

  it("refuses an archive of a version it does not know, or without one", () => {
    const file = toWorkshopFile(workshopOf(...members), NOW);
    expect(readWorkshopArchive({ ...file, formatVersion: 2 }, [checklist])).toEqual({
      ok: false,
      problems: [{ path: "formatVersion", code: "unknownVersion", detail: "2" }],
    });
    const { formatVersion: _version, ...unversioned } = file;
    expect(readWorkshopArchive(unversioned, [checklist])).toEqual({
      ok: false,
      problems: [{ path: "formatVersion", code: "missing", detail: "integer" }],
    });
  });

  it("refuses an archive whose frame is wrong: no list, too many entries, a stray field", () => {
    const file = toWorkshopFile(workshopOf(), NOW);
    expect(readWorkshopArchive({ ...file, assessments: {} }, [checklist])).toMatchObject({
      ok: false,
      problems: [{ path: "assessments", code: "wrongType" }],
    });
    const tooMany = { ...file, assessments: Array.from({ length: WORKSHOP_MEMBERS_MAX + 1 }, () => null) };
    expect(readWorkshopArchive(tooMany, [checklist])).toMatchObject({
      ok: false,
      problems: [{ path: "assessments", code: "tooLong", detail: "1000" }],
    });
    const hostile = JSON.parse(`{"format":"${WORKSHOP_FILE_FORMAT}","formatVersion":1,"name":"A",
      "exportedAt":"2026-11-23T10:00:00.000Z","assessments":[],"__proto__":{"isAdmin":true}}`);
    expect(readWorkshopArchive(hostile, [checklist])).toMatchObject({
      ok: false,
      problems: [{ path: "__proto__", code: "unexpectedField" }],
    });
  });

  it("reads the fixtures the end-to-end tests import: four members, and one bad and one trimmed entry", () => {
    const read = (data: unknown) => {
      const result = readWorkshopArchive(data, bundledRegistry.checklists);
      if (!result.ok) throw new Error("archive refused");
      return result.value.entries.map(({ result }) =>
        result.ok ? result.value.dropped.map(({ path }) => path) : result.problems.map(({ path }) => path),
      );
    };
    expect(read(archiveFixture)).toEqual([[], [], [], []]);
    expect(read(badEntryFixture)).toEqual([[], ["meta.year"], ["answers.ei-tallaista"], []]);
  });
});

describe("readStoredWorkshop", () => {
  it("reads a valid workshop stored under its own id", () => {
    const workshop = workshopOf(assessment("assessment-0001"));
    expect(readStoredWorkshop("workshop-0001", workshop)).toEqual({ kind: "ok", workshop });
  });

  it("sets aside an invalid value or one stored under another id, keeping it as raw text", () => {
    expect(readStoredWorkshop("workshop-0001", { id: "workshop-0001", name: 3 })).toMatchObject({
      kind: "damaged",
      id: "workshop-0001",
      problems: expect.arrayContaining([{ path: "name", code: "wrongType", detail: "string" }]),
      raw: JSON.stringify({ id: "workshop-0001", name: 3 }, null, 2),
    });
    expect(readStoredWorkshop("workshop-0002", workshopOf())).toMatchObject({
      kind: "damaged",
      problems: [{ path: "id", code: "invalid", detail: "workshop-0002" }],
    });
    expect(readStoredWorkshop("workshop-0003", 10n)).toMatchObject({ kind: "damaged", raw: "10" });
  });
});

describe("readStoredWorkshopInSlices", () => {
  const members = Array.from({ length: 7 }, (_, index) => assessment(`assessment-${1001 + index}`));
  const workshop = workshopOf(...members);

  it("reads the same workshop as readStoredWorkshop, pausing between slices of members", async () => {
    let pauses = 0;
    const pause = async () => {
      pauses += 1;
    };
    const read = await readStoredWorkshopInSlices("workshop-0001", workshop, pause, 3);
    expect(read).toEqual(readStoredWorkshop("workshop-0001", workshop));
    expect(read).toEqual({ kind: "ok", workshop });
    // 7 members in slices of 3: two pauses, between the three slices.
    expect(pauses).toBe(2);
  });

  it("names a damaged member, another id or a broken outline exactly as readStoredWorkshop does", async () => {
    const pause = async () => {};
    const badMember = {
      ...workshop,
      members: workshop.members.map((member, index) =>
        index === 5
          ? { ...member, assessment: { ...member.assessment, answers: { a1: { kind: "level", level: 9 } } } }
          : member,
      ),
    };
    for (const [key, value] of [
      ["workshop-0001", badMember],
      ["workshop-0002", workshop],
      ["workshop-0001", { ...workshop, name: 3 }],
    ] as const) {
      const read = await readStoredWorkshopInSlices(key, value, pause, 3);
      expect(read.kind).toBe("damaged");
      expect(read).toEqual(readStoredWorkshop(key, value));
    }
    const damaged = await readStoredWorkshopInSlices("workshop-0001", badMember, pause, 3);
    expect(damaged.kind === "damaged" && damaged.problems.map((problem) => problem.path)).toEqual([
      "members[5].assessment.answers.a1.level",
    ]);
  });
});
