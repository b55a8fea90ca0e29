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
 * Runs in the page (serialised, so self-contained). Resolves with performance.now() at the first animation
 * frame after the one in which the member table has a row for each of `count` members and the heatmap a column
 * for each: that frame's style, layout and paint are done by then, so "drawn" means on the screen.
 */
export async function regionalViewPaintedAt(count: number): Promise<number> {
  // No named inner functions: the bench's transpiler would wrap them in a helper the page does not have.
  const deadline = performance.now() + 60_000;
  for (;;) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (
      document.querySelectorAll("table.member-table tbody tr").length >= count &&
      document.querySelectorAll("table.heatmap th.heatmap-member").length >= count
    ) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now();
    }
    if (performance.now() > deadline) throw new Error(`${count} members not drawn within 60 s`);
  }
}
