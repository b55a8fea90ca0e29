import type { Locator, Page } from "@playwright/test";

/**
 * The workshop page's "choose files" input, once the workshop is open: the loading view shows the same
 * input disabled, and files given to it would go nowhere.
 */
export function workshopFilesInput(page: Page, label: string): Locator {
  return page.getByLabel(label, { exact: true }).and(page.locator(":enabled"));
}
