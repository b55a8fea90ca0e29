import type { Locator } from "@playwright/test";
import type { RespondentRole } from "../../../src/domain/assessment";
import { AppShell } from "./app-shell";
import { enabledInput } from "./enabled-input";

/** The library at /library: the table of stored assessments and what each row's buttons do. */
export class LibraryPage extends AppShell {
  async goto(): Promise<void> {
    await this.open("/library");
    await this.page
      .getByRole("table")
      .or(this.page.getByText(this.t("library:empty")))
      .waitFor();
  }

  get table(): Locator {
    return this.page.getByRole("table", { name: new RegExp(this.t("library:table.caption")) });
  }

  get rows(): Locator {
    return this.table.locator("tbody tr.library-row");
  }

  /** What identifies each row: municipality, year, role, in the table's order. */
  async rowSummaries(): Promise<string[]> {
    return this.rows.evaluateAll((rows) =>
      rows.map((row) =>
        [...row.children]
          .slice(0, 3)
          .map((cell) => (cell.firstChild?.textContent ?? "").trim())
          .join(" | "),
      ),
    );
  }

  rowName(municipality: string, year: number, role: RespondentRole): string {
    return this.t("library:table.rowName", { name: municipality, year, role: this.t(`common:role.${role}`) });
  }

  rowButton(action: "open" | "duplicate" | "edit" | "export" | "delete", name: string): Locator {
    return this.page.getByRole("button", {
      name: `${this.t(`library:table.${action}`)}: ${name}`,
      exact: true,
    });
  }

  get startNewButton(): Locator {
    return this.page.getByRole("button", { name: this.t("library:startNew") });
  }

  get exportAllButton(): Locator {
    return this.page.getByRole("region", { name: this.t("library:storage.heading") }).getByRole("button", {
      name: this.t("library:storage.exportAll"),
    });
  }

  get fileInput(): Locator {
    return enabledInput(this.page, this.t("library:import.choose"));
  }
}
