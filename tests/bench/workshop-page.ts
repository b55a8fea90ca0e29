import type { Locator, Page } from "@playwright/test";
import workshopTexts from "../../src/i18n/locales/fi/workshop.json" with { type: "json" };

/** Creates an empty workshop through the list page, as a user does; resolves with the workshop page's address. */
export async function createWorkshop(page: Page, url: string, name: string): Promise<string> {
  await page.goto(`${url}#/workshops`);
  await page.getByLabel(workshopTexts.create.label).fill(name);
  await page.getByRole("button", { name: workshopTexts.create.submit }).click();
  await page.waitForURL(/#\/workshops\/[^/]+$/);
  return page.url();
}

/** The "choose files" input (the other one picks a folder). */
export function workshopFileInput(page: Page): Locator {
  return page.getByLabel(workshopTexts.add.files, { exact: true });
}

/**
 * Runs in the page (serialised, so self-contained): performance.now() once the member table has a row for
 * each of `count` members and the heatmap a column for each, null before.
 */
export function regionalViewDrawnAt(count: number): number | null {
  const isDrawn =
    document.querySelectorAll("table.member-table tbody tr").length >= count &&
    document.querySelectorAll("table.heatmap th.heatmap-member").length >= count;
  return isDrawn ? performance.now() : null;
}
