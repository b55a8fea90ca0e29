import { describe, expect, it } from "vitest";
import type { Problem } from "../../domain/problems";
import type { ImportOutcome } from "../../store/import-files";
import { applyChoices, choicesFor, sortOutcomes } from "./sort-outcomes";
import { koski, lieto, member } from "./workshop-fixture";

const NOW = new Date("2026-11-24T09:00:00.000Z");
const broken: Problem[] = [{ path: "", code: "invalidJson" }];
const newKoski = member({
  id: "koski-2026-0002",
  municipality: "Koski Tl",
  code: "284",
  themeLevels: [3, 3, 3],
});
const association = member({
  id: "koski-yhdistys-01",
  municipality: "Koski Tl",
  code: "284",
  role: "association",
  themeLevels: [1, 1, 1],
});
const ok = (sourceName: string, assessment = lieto): ImportOutcome => ({
  sourceName,
  ok: true,
  assessment,
  dropped: [],
});

const outcomes: ImportOutcome[] = [
  ok("lieto.json"),
  { sourceName: "rikki.json", ok: false, problems: broken },
  ok("koski-uusi.json", newKoski),
  ok("lieto-kopio.json"),
  ok("koski-yhdistys.json", association),
];

describe("sortOutcomes", () => {
  const sorted = sortOutcomes([koski], outcomes, NOW);

  it("adds new members, including another role's answer for a municipality already there", () => {
    expect(sorted.accepted.map(({ member }) => member)).toEqual([
      { fileName: "lieto.json", addedAt: "2026-11-24T09:00:00.000Z", assessment: lieto },
      { fileName: "koski-yhdistys.json", addedAt: "2026-11-24T09:00:00.000Z", assessment: association },
    ]);
  });

  it("holds back a saved municipality's second own assessment and a file read twice in one batch", () => {
    expect(
      sorted.duplicates.map(({ member, existingId, reason }) => [member.fileName, existingId, reason]),
    ).toEqual([
      ["koski-uusi.json", koski.id, "sameMunicipalityYearRole"],
      ["lieto-kopio.json", lieto.id, "sameId"],
    ]);
  });

  it("keeps a refused file's problems", () => {
    expect(sorted.rejected).toEqual([{ sourceName: "rikki.json", problems: broken }]);
  });
});

describe("choices for a duplicate", () => {
  const [sameYear, sameId] = sortOutcomes([koski], outcomes, NOW).duplicates;
  const duplicates = [sameYear, sameId].flatMap((duplicate) => (duplicate ? [duplicate] : []));

  it("offers to keep both only for two different assessments", () => {
    expect(duplicates.map(choicesFor)).toEqual([
      ["keepSaved", "useNew", "keepBoth"],
      ["keepSaved", "useNew"],
    ]);
  });

  it("writes nothing when the saved ones are kept", () => {
    expect(applyChoices(duplicates, ["keepSaved", "keepSaved"])).toEqual({ members: [], replaceIds: [] });
  });

  it("replaces the saved one only when the new one is chosen, and adds both when both are kept", () => {
    expect(applyChoices(duplicates, ["useNew", "keepSaved"])).toEqual({
      members: [sameYear?.member],
      replaceIds: [koski.id],
    });
    expect(applyChoices(duplicates, ["keepBoth", "useNew"])).toEqual({
      members: [sameYear?.member, sameId?.member],
      replaceIds: [lieto.id],
    });
  });
});
