import type { BrowserContext, Page } from "@playwright/test";
import { STORAGE_KEY } from "./checklist";

/**
 * Puts `value` under the app's storage key before the app's first script runs, once per tab:
 * the sessionStorage flag keeps reloads from overwriting what the app saved since.
 */
export async function seedStorage(context: BrowserContext, value: string): Promise<void> {
  await context.addInitScript(
    ([key, text]) => {
      if (sessionStorage.getItem("e2e:seeded") !== null) return;
      localStorage.setItem(key, text);
      sessionStorage.setItem("e2e:seeded", "1");
    },
    [STORAGE_KEY, value] as const,
  );
}

export function readStorage(page: Page, key: string = STORAGE_KEY): Promise<string | null> {
  return page.evaluate((name) => localStorage.getItem(name), key);
}

/** Every localStorage entry, for checking that nothing the user saved went missing. */
export function readAllStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const entries: Record<string, string> = {};
    for (let index = 0; index < localStorage.length; index++) {
      const key = localStorage.key(index);
      if (key !== null) entries[key] = localStorage.getItem(key) ?? "";
    }
    return entries;
  });
}
