import { readFile } from "node:fs/promises";
import type { Locator } from "@playwright/test";
import { formatMonth } from "../../../src/ui/format";
import { tabTo } from "../support/keyboard";
import { AppShell } from "./app-shell";

export class AnnualClockPage extends AppShell {
  async goto(): Promise<void> {
    await this.open("/plan/annual-clock");
  }

  /** A month's heading as the page writes it, e.g. "Elokuu", "Augusti". */
  monthName(month: number): string {
    const name = formatMonth(month, this.language);
    return name.charAt(0).toLocaleUpperCase(this.language) + name.slice(1);
  }

  /** One month's card in the list of twelve, found by its heading. */
  month(month: number): Locator {
    return this.page.getByRole("listitem").filter({
      has: this.page.getByRole("heading", { level: 3, name: this.monthName(month), exact: true }),
    });
  }

  get addButton(): Locator {
    return this.page.getByRole("button", { name: this.t("annualClock:toolbar.add"), exact: true });
  }

  get addForm(): Locator {
    return this.page.getByRole("form", { name: this.t("annualClock:form.addHeading") });
  }

  get titleField(): Locator {
    return this.addForm.getByRole("textbox", { name: this.t("annualClock:form.title"), exact: true });
  }

  get monthField(): Locator {
    return this.addForm.getByRole("combobox", { name: this.t("annualClock:form.month"), exact: true });
  }

  get calendarFileButton(): Locator {
    return this.page.getByRole("button", { name: this.t("annualClock:calendarFile.download"), exact: true });
  }

  /** Clicks the calendar download and reads the file the browser saved. */
  async downloadCalendarFile(): Promise<{ fileName: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.calendarFileButton.click(),
    ]);
    return { fileName: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
  }

  editButton(title: string): Locator {
    return this.page.getByRole("button", {
      name: this.t("annualClock:entry.editLabel", { title }),
      exact: true,
    });
  }

  /** Presses Tab until `target` has focus, as a keyboard user would reach it. */
  tabTo(target: Locator): Promise<void> {
    return tabTo(this.page, target, { limit: 60 });
  }
}
