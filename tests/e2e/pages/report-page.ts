import type { Locator } from "@playwright/test";
import type { Language } from "../../../src/domain/localized";
import { texts } from "../support/texts";
import { AppShell } from "./app-shell";

export class ReportPage extends AppShell {
  async goto(): Promise<void> {
    await this.open("/report");
  }

  /** A report language's radio, named in that language ("Suomi", "Svenska", "English"). */
  languageOption(language: Language): Locator {
    return this.main.getByRole("radio", {
      name: texts(language)(`common:language.${language}`),
      exact: true,
    });
  }

  /** Koski Tl's radio, by its name in the page's language ("Koskis" in Swedish). */
  get koski(): Locator {
    return this.example(this.language === "sv" ? "Koskis" : "Koski Tl");
  }

  /** The radio of a bundled example, e.g. "Koski Tl (esimerkkikunta)". */
  example(name: string): Locator {
    return this.page.getByRole("radio", { name: this.t("report:page.exampleOption", { name }), exact: true });
  }

  get notes(): Locator {
    return this.page.getByRole("checkbox", { name: this.t("report:page.notes"), exact: true });
  }

  get createButton(): Locator {
    return this.page.getByRole("button", { name: this.t("report:page.create"), exact: true });
  }

  get docxButton(): Locator {
    return this.page.getByRole("button", { name: this.t("report:page.createDocx"), exact: true });
  }

  /** To the same report as an accessible page. */
  get viewLink(): Locator {
    return this.main.getByRole("link", { name: this.t("report:page.viewLink"), exact: true });
  }

  get printButton(): Locator {
    return this.main.getByRole("button", { name: this.t("report:view.print"), exact: true });
  }

  /** A table of the report page by the heading it stands under, as rows of cell texts (header row first). */
  async viewTable(heading: string): Promise<string[][]> {
    const table = this.main.getByRole("table", { name: heading, exact: true });
    return table
      .locator("tr")
      .evaluateAll((rows) =>
        rows.map((row) => Array.from(row.children, (cell) => (cell.textContent ?? "").trim())),
      );
  }

  /** Progress, the finished file and errors are announced here. */
  get status(): Locator {
    return this.main.getByRole("status");
  }
}
