import { describe, expect, it } from "vitest";
import { latestChecklist, loadBundledChecklists } from "./checklists";

describe("bundled checklists", () => {
  it("load as a separate chunk and pass the schema", async () => {
    const registry = await loadBundledChecklists();
    expect(registry.errors).toEqual([]);
    expect(latestChecklist(registry)?.id).toBe("jarjestoystavallinen-kunta");
  });

  it("picks the newest version by semantic version, not by text", async () => {
    const { checklists } = await loadBundledChecklists();
    const base = checklists[0];
    if (!base) throw new Error("no checklist");
    const older = { ...base, version: "1.9.0" };
    const newer = { ...base, version: "1.10.0" };
    expect(latestChecklist({ checklists: [newer, older], errors: [] })?.version).toBe("1.10.0");
    expect(latestChecklist({ checklists: [older, newer], errors: [] })?.version).toBe("1.10.0");
    expect(latestChecklist(null)).toBeNull();
  });
});
