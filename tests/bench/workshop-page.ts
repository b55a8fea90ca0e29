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

/** The "choose files" input (the other one picks a folder), once the workshop is open (the loading view's is disabled). */
export function workshopFileInput(page: Page): Locator {
  return page.getByLabel(workshopTexts.add.files, { exact: true }).and(page.locator(":enabled"));
}

/**
 * Runs in the page (serialised, so self-contained). Resolves with performance.now() at the first animation
 * frame after the one in which the member table has a row for each of `count` members (and, `withHeatmap`,
 * the heatmap a column for each): that frame's style, layout and paint are done by then, so "drawn" means on
 * the screen. The heatmap draws once scrolled near, so it is scrolled to as soon as the table is in.
 */
export async function regionalViewPaintedAt({
  count,
  withHeatmap,
}: {
  count: number;
  withHeatmap: boolean;
}): Promise<number> {
  // No named inner functions: the bench's transpiler would wrap them in a helper the page does not have.
  const deadline = performance.now() + 60_000;
  for (;;) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const hasTable = document.querySelectorAll("table.member-table tbody tr").length >= count;
    // Sections above it grow as they come into view (content-visibility), so it is scrolled to again each frame.
    if (hasTable && withHeatmap) document.querySelector(".heatmap-placeholder")?.scrollIntoView();
    const hasHeatmap =
      !withHeatmap || document.querySelectorAll("table.heatmap th.heatmap-member").length >= count;
    if (hasTable && hasHeatmap) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now();
    }
    if (performance.now() > deadline) throw new Error(`${count} members not drawn within 60 s`);
  }
}
