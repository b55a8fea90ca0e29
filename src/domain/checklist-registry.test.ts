import { describe, expect, it } from "vitest";
import pieniKunta from "../../tests/fixtures/checklists/pieni-kunta/1.0.0.json";
import { buildRegistry } from "./checklist-registry";
import { checklistVersions, findChecklist, findChecklistOrLatest, latestChecklist } from "./registry-lookup";

const asVersion = (version: string) => ({ ...pieniKunta, version });

describe("checklist registry", () => {
  const registry = buildRegistry({
    "/checklists/pieni-kunta/1.9.0.json": asVersion("1.9.0"),
    "/checklists/pieni-kunta/1.10.0.json": asVersion("1.10.0"),
    "/checklists/pieni-kunta/1.0.0.json": asVersion("1.0.0"),
  });

  it("keeps every valid file", () => {
    expect(registry.errors).toEqual([]);
    expect(registry.checklists.map((c) => c.version)).toEqual(["1.9.0", "1.10.0", "1.0.0"]);
  });

  it("finds a version by id and version, and nothing for a version it lacks", () => {
    expect(findChecklist(registry, "pieni-kunta", "1.9.0")?.version).toBe("1.9.0");
    expect(findChecklist(registry, "pieni-kunta", "2.0.0")).toBeNull();
    expect(findChecklist(registry, "muu", "1.0.0")).toBeNull();
    expect(findChecklist(null, "pieni-kunta", "1.0.0")).toBeNull();
  });

  it("picks the newest version by semantic version, not by text or file order", () => {
    expect(latestChecklist(registry)?.version).toBe("1.10.0");
    expect(latestChecklist(registry, "pieni-kunta")?.version).toBe("1.10.0");
    expect(latestChecklist(registry, "muu")).toBeNull();
    expect(latestChecklist(null)).toBeNull();
    expect(checklistVersions(registry, "pieni-kunta").map((c) => c.version)).toEqual([
      "1.10.0",
      "1.9.0",
      "1.0.0",
    ]);
    expect(checklistVersions(registry, "muu")).toEqual([]);
  });

  it("falls back to the newest version of the same checklist only", () => {
    expect(findChecklistOrLatest(registry, "pieni-kunta", "1.0.0")?.version).toBe("1.0.0");
    expect(findChecklistOrLatest(registry, "pieni-kunta", "3.0.0")?.version).toBe("1.10.0");
    expect(findChecklistOrLatest(registry, "muu", "1.0.0")).toBeNull();
  });

  it("reports an invalid file and never uses it", () => {
    const broken = buildRegistry({
      "/checklists/pieni-kunta/1.0.0.json": { ...pieniKunta, themes: "none" },
      "/checklists/pieni-kunta/1.1.0.json": asVersion("1.1.0"),
    });
    expect(broken.checklists.map((c) => c.version)).toEqual(["1.1.0"]);
    expect(broken.errors.map((e) => e.file)).toEqual(["checklists/pieni-kunta/1.0.0.json"]);
    expect(broken.errors[0]?.problems[0]?.path).toBe("themes");
  });

  it("refuses a file whose folder or name differs from its id or version", () => {
    const misplaced = buildRegistry({
      "/checklists/muu-kansio/1.0.0.json": pieniKunta,
      "/checklists/pieni-kunta/2.0.0.json": pieniKunta,
    });
    expect(misplaced.checklists).toEqual([]);
    expect(misplaced.errors).toEqual([
      {
        file: "checklists/muu-kansio/1.0.0.json",
        problems: [
          { path: "id", code: "invalid", detail: '"pieni-kunta" differs from the folder name "muu-kansio"' },
        ],
      },
      {
        file: "checklists/pieni-kunta/2.0.0.json",
        problems: [
          { path: "version", code: "invalid", detail: '"1.0.0" differs from the file name "2.0.0.json"' },
        ],
      },
    ]);
  });
});
