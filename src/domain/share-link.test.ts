// @vitest-environment node
// Pure domain code on the runtime's own streams.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundledRegistry } from "../../tests/bundled-checklists";
import { linkOfBytes, linkOfText, unpackLink } from "../../tests/fixtures/share-link-data";
import type { Answer, Assessment } from "./assessment";
import { ASSESSMENT_FILE_FORMAT } from "./assessment-file";
import { allItems } from "./checklist-lookup";
import { generateAssessments } from "./generate-assessments";
import { latestChecklist } from "./registry-lookup";
import {
  decodeShareLink,
  encodeShareLink,
  fromBase64Url,
  SHARE_LINK_MAX_BYTES,
  SHARE_LINK_MAX_CHARS,
  type ShareLinkResult,
  toBase64Url,
} from "./share-link";

const checklist = latestChecklist(bundledRegistry);
if (!checklist) throw new Error("no shipped checklist");
const { checklists } = bundledRegistry;
const items = allItems(checklist);
const [first, second] = items;
if (!first || !second) throw new Error("the shipped checklist has fewer than two items");

const [generated] = generateAssessments(checklist, 1, 11);
if (!generated) throw new Error("no generated assessment");

const linkOfJson = (value: unknown) => linkOfText(JSON.stringify(value));
const unpacked = async (data: string): Promise<Record<string, unknown>> => JSON.parse(await unpackLink(data));

function reason(result: ShareLinkResult): string {
  return result.ok ? "ok" : result.reason;
}

describe("base64url", () => {
  it("writes RFC 4648's test vectors without padding, and - and _ for 62 and 63", () => {
    const ascii = (text: string) => new TextEncoder().encode(text);
    expect(toBase64Url(ascii(""))).toBe("");
    expect(toBase64Url(ascii("f"))).toBe("Zg");
    expect(toBase64Url(ascii("fo"))).toBe("Zm8");
    expect(toBase64Url(ascii("foo"))).toBe("Zm9v");
    expect(toBase64Url(ascii("foobar"))).toBe("Zm9vYmFy");
    // 0xfb 0xff = 111110 111111 1111(00): 62, 63, 60.
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe("-_8");
  });

  it("reads them back, and refuses padding, other characters and an impossible length", () => {
    expect(fromBase64Url("Zm9vYmFy")).toEqual(new TextEncoder().encode("foobar"));
    expect(fromBase64Url("-_8")).toEqual(new Uint8Array([0xfb, 0xff]));
    expect(fromBase64Url("")).toEqual(new Uint8Array());
    expect(fromBase64Url("Zg==")).toBeNull();
    expect(fromBase64Url("Zm9v+")).toBeNull();
    expect(fromBase64Url("Zm9v/")).toBeNull();
    expect(fromBase64Url("Zm9vY")).toBeNull();
  });
});

describe("encodeShareLink", () => {
  const assessment: Assessment = {
    ...generated,
    answers: {
      [first.id]: { kind: "level", level: 2, note: "Sovittu työryhmässä." },
      [second.id]: { kind: "notApplicable", reason: "Ei omia tiloja.", note: "Kysytään ensi vuonna." },
    },
    targets: { [second.id]: 3 },
    meta: {
      ...generated.meta,
      participants: "Maija Meikäläinen, hyte-koordinaattori",
      reportSummary: "Hyvä alku.",
    },
  };

  it("writes the file with items by their place in the checklist, and no schema reference", async () => {
    const data = await encodeShareLink(assessment, checklist, { includeNotes: true });
    expect(data.startsWith("v1.")).toBe(true);
    expect(data.slice(3)).toMatch(/^[A-Za-z0-9_-]+$/);
    const file = await unpacked(data);
    expect(file.format).toBe(ASSESSMENT_FILE_FORMAT);
    expect(file.$schema).toBeUndefined();
    expect(file.answers).toEqual({
      "#0": { kind: "level", level: 2, note: "Sovittu työryhmässä." },
      "#1": { kind: "notApplicable", reason: "Ei omia tiloja.", note: "Kysytään ensi vuonna." },
    });
    expect(file.targets).toEqual({ "#1": 3 });
    expect(file.meta).toMatchObject({ participants: "Maija Meikäläinen, hyte-koordinaattori" });
  });

  it("leaves the notes out unless asked for, and keeps a not-applicable answer's reason", async () => {
    const file = await unpacked(await encodeShareLink(assessment, checklist, { includeNotes: false }));
    expect(file.answers).toEqual({
      "#0": { kind: "level", level: 2 },
      "#1": { kind: "notApplicable", reason: "Ei omia tiloja." },
    });
    // Names travel with the notes; the board's summary is meant to be read by others.
    expect(file.meta).not.toHaveProperty("participants");
    expect(file.meta).toMatchObject({ reportSummary: "Hyvä alku." });
  });

  it("writes the item ids out when the checklist is not at hand", async () => {
    const file = await unpacked(await encodeShareLink(assessment, undefined, { includeNotes: false }));
    expect(Object.keys(file.answers as object)).toEqual([first.id, second.id]);
  });
});

describe("decodeShareLink", () => {
  it("reads back what was written, a new id left to the import", async () => {
    const data = await encodeShareLink(generated, checklist, { includeNotes: true });
    expect(await decodeShareLink(data, checklists)).toEqual({
      ok: true,
      value: { assessment: generated, dropped: [] },
    });
  });

  it("gives back any generated assessment with any notes (property)", async () => {
    const note = fc.option(fc.string({ unit: "binary", maxLength: 200 }), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 10_000 }),
        fc.array(note, { minLength: items.length, maxLength: items.length }),
        fc.boolean(),
        async (seed, notes, includeNotes) => {
          const [base] = generateAssessments(checklist, 1, seed);
          if (!base) throw new Error("no assessment");
          const answers: Record<string, Answer> = {};
          for (const [index, item] of items.entries()) {
            const answer = base.answers[item.id];
            const text = notes[index];
            if (answer) answers[item.id] = text === undefined ? answer : { ...answer, note: text };
          }
          const assessment = { ...base, answers };
          const expected = includeNotes
            ? assessment
            : {
                ...assessment,
                answers: Object.fromEntries(
                  Object.entries(answers).map(([id, { note: _note, ...answer }]) => [id, answer]),
                ),
              };
          const data = await encodeShareLink(assessment, checklist, { includeNotes });
          expect(await decodeShareLink(data, checklists)).toEqual({
            ok: true,
            value: { assessment: expected, dropped: [] },
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it("keeps text as text: markup and prototype keys are data, never code or properties", async () => {
    const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const hostile: Assessment = {
      ...generated,
      meta: { ...generated.meta, municipality: markup.slice(0, 100) },
      answers: { [first.id]: { kind: "dontKnow", note: markup } },
    };
    const result = await decodeShareLink(
      await encodeShareLink(hostile, checklist, { includeNotes: true }),
      checklists,
    );
    expect(result.ok && result.value.assessment).toEqual(hostile);

    const file = await unpacked(await encodeShareLink(hostile, checklist, { includeNotes: true }));
    const polluted = await linkOfBytes(
      new TextEncoder().encode(
        JSON.stringify(file).replace('"answers":{', '"answers":{"__proto__":{"kind":"dontKnow"},'),
      ),
    );
    const read = await decodeShareLink(polluted, checklists);
    expect(read.ok && read.value.dropped.map(({ code, detail }) => [code, detail])).toEqual([
      ["unknownItem", "__proto__"],
    ]);
    expect(({} as Record<string, unknown>).kind).toBeUndefined();
  });

  it("names an answer at a place the checklist does not have, and keeps the others", async () => {
    const file = await unpacked(await encodeShareLink(generated, checklist, { includeNotes: false }));
    const answers = { ...(file.answers as object), [`#${items.length}`]: { kind: "dontKnow" }, "#01": {} };
    const result = await decodeShareLink(await linkOfJson({ ...file, answers }), checklists);
    expect(result.ok && result.value.dropped.map(({ code, detail }) => [code, detail])).toEqual([
      ["unknownItem", `#${items.length}`],
      ["unknownItem", "#01"],
    ]);
    // The link was made without notes, so the answers come back without them.
    const noted = Object.entries(generated.answers).map(([id, answer]) => {
      const { note: _note, ...rest } = answer;
      return [id, rest];
    });
    expect(result.ok && result.value.assessment.answers).toEqual(Object.fromEntries(noted));
  });

  it("reads a link holding an older file version through the migrations", async () => {
    const { id: _id, createdAt: _createdAt, targets: _t, actions: _a, calendar: _c, ...v1 } = generated;
    const result = await decodeShareLink(
      await linkOfJson({ format: ASSESSMENT_FILE_FORMAT, formatVersion: 1, ...v1 }),
      checklists,
    );
    expect(result.ok && result.value.assessment.answers).toEqual(generated.answers);
    expect(result.ok && result.value.assessment.meta).toEqual(generated.meta);
  });

  it("refuses what is not a link's data, each with its reason", async () => {
    expect(reason(await decodeShareLink("", checklists))).toBe("empty");
    expect(reason(await decodeShareLink("v1.", checklists))).toBe("empty");
    expect(reason(await decodeShareLink("v2.AAAA", checklists))).toBe("unknownVersion");
    expect(reason(await decodeShareLink("hello", checklists))).toBe("badCharacters");
    expect(reason(await decodeShareLink("v1.ab+c/d==", checklists))).toBe("badCharacters");
    expect(reason(await decodeShareLink("v1.<script>", checklists))).toBe("badCharacters");
    // 00 00 00: a stored block whose length and its complement disagree.
    expect(reason(await decodeShareLink("v1.AAAA", checklists))).toBe("damaged");
    expect(reason(await decodeShareLink(`v1.${"A".repeat(SHARE_LINK_MAX_CHARS)}`, checklists))).toBe(
      "tooLong",
    );
  });

  it("refuses a link cut short in copying, wherever it was cut", async () => {
    const data = await encodeShareLink(generated, checklist, { includeNotes: false });
    for (const cut of [1, 2, 3, 4, 100]) {
      expect(reason(await decodeShareLink(data.slice(0, data.length - cut), checklists))).toBe("damaged");
    }
  });

  it("stops unpacking a small link that would unpack to more than a file may hold", async () => {
    const bomb = await linkOfBytes(new Uint8Array(SHARE_LINK_MAX_BYTES + 1).fill(0x20));
    expect(bomb.length).toBeLessThan(SHARE_LINK_MAX_CHARS);
    expect(reason(await decodeShareLink(bomb, checklists))).toBe("tooLarge");
  });

  it("refuses what unpacks to no assessment file with the file import's own problems", async () => {
    const problemCodes = async (data: string) => {
      const result = await decodeShareLink(data, checklists);
      return result.ok ? [] : [result.reason, ...result.problems.map((problem) => problem.code)];
    };
    expect(await problemCodes(await linkOfBytes(new Uint8Array([0xff, 0xfe, 0x00])))).toEqual([
      "invalidFile",
      "invalidEncoding",
    ]);
    expect(await problemCodes(await linkOfBytes(new TextEncoder().encode("not json")))).toEqual([
      "invalidFile",
      "invalidJson",
    ]);
    expect(await problemCodes(await linkOfJson({ format: "other" }))).toEqual([
      "invalidFile",
      "notOurFormat",
    ]);
    expect(await problemCodes(await linkOfJson([1, 2]))).toEqual(["invalidFile", "notOurFormat"]);
    const file = await unpacked(await encodeShareLink(generated, checklist, { includeNotes: false }));
    expect(
      await problemCodes(await linkOfJson({ ...file, meta: { ...(file.meta as object), year: 1 } })),
    ).toEqual(["invalidFile", "tooSmall"]);
  });
});
