import { expect, type Locator, type Page } from "@playwright/test";

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would; fails after `limit` presses. */
export async function tabTo(
  page: Page,
  target: Locator,
  { backward = false, limit = 40 } = {},
): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    const isFocused = await target
      .evaluate((element) => element === document.activeElement, undefined, { timeout: 2_000 })
      .catch(() => false);
    if (isFocused) return;
    await page.keyboard.press(backward ? "Shift+Tab" : "Tab");
  }
  await expect(target).toBeFocused();
}
