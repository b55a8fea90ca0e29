import type { Locator, Page } from "@playwright/test";

/**
 * A file input once it takes files: the start page and the library keep theirs disabled until the checklist
 * has loaded, and a workshop's loading view shows its input disabled. Playwright's setInputFiles does not
 * wait for enabled, and files given to a disabled input go nowhere (seen on a loaded CI machine).
 */
export function enabledInput(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(label, { exact: true }).and(scope.locator(":enabled"));
}
