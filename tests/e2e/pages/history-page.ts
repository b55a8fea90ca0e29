import type { Locator } from "@playwright/test";
import { AppShell } from "./app-shell";

export class HistoryPage extends AppShell {
  async goto(): Promise<void> {
    await this.open("/history");
  }

  get trendTable(): Locator {
    return this.page.getByRole("table", { name: this.t("history:trend.caption") });
  }

  /** The cells of the table's row for a theme or the overall score, one per year. */
  rowCells(title: string): Locator {
    return this.trendTable
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: title, exact: true }) })
      .getByRole("cell");
  }

  /** The chart's lines, once recharts has drawn them. */
  get chartLines(): Locator {
    return this.page.locator(".trend-chart .recharts-line-curve");
  }

  yearSelect(which: "from" | "to"): Locator {
    return this.page.getByLabel(this.t(`history:years.${which}`), { exact: true });
  }

  /** The list of one kind of change, named by its heading with the count, e.g. "Nousi (46)". */
  changeGroup(kind: "rose" | "fell" | "unknown" | "notApplicable", count: number): Locator {
    return this.page.getByRole("region", { name: this.t(`history:change.${kind}`, { count }), exact: true });
  }
}
