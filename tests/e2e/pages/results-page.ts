import type { Locator } from "@playwright/test";
import { AppShell } from "./app-shell";

export class ResultsPage extends AppShell {
  async goto(): Promise<void> {
    await this.open("/results");
  }

  get scoreTable(): Locator {
    return this.page.getByRole("table", { name: this.t("results:table.caption") });
  }

  /** The score cell ("61 / 100") of a theme's row, or of the overall row. */
  tableScore(rowTitle: string): Locator {
    return this.scoreTable
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: rowTitle, exact: true }) })
      .getByRole("cell")
      .first();
  }

  get overallTitle(): string {
    return this.t("results:card.overallTitle");
  }

  card(title: string): Locator {
    return this.page.getByRole("article", { name: title, exact: true });
  }

  /** Scrolls to the chart and waits until it is drawn. */
  async waitForChart(): Promise<void> {
    await this.page
      .getByRole("heading", { level: 2, name: this.t("results:chart.heading") })
      .scrollIntoViewIfNeeded();
    await this.page.locator(".chart-section .theme-bars").waitFor();
  }
}
