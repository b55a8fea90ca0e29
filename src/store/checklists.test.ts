import { describe, expect, it } from "vitest";
import { latestChecklist } from "../domain/registry-lookup";
import { loadBundledChecklists } from "./checklists";

describe("bundled checklists", () => {
  it("load as a separate chunk and pass the schema and the <id>/<version>.json rule", async () => {
    const registry = await loadBundledChecklists();
    expect(registry.errors).toEqual([]);
    expect(latestChecklist(registry)?.id).toBe("jarjestoystavallinen-kunta");
  });
});
