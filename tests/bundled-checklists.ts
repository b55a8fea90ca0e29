import { buildRegistry } from "../src/domain/checklist-registry";

/** The shipped checklists, loaded eagerly for tests (the app loads them as a separate chunk). */
export const bundledRegistry = buildRegistry(
  import.meta.glob<unknown>("/checklists/*/[0-9]*.json", { eager: true, import: "default" }),
);
