import type { Locator } from "@playwright/test";
import { AppShell } from "./app-shell";

/** The share link control on the details page, and the page a share link opens. */
export class SharePage extends AppShell {
  get includeNotes(): Locator {
    return this.page.getByRole("checkbox", { name: this.t("shareLink:includeNotes") });
  }

  get linkField(): Locator {
    return this.page.getByRole("textbox", { name: this.t("shareLink:linkLabel") });
  }

  get copyButton(): Locator {
    return this.page.getByRole("button", { name: this.t("shareLink:copy") });
  }

  get importButton(): Locator {
    return this.page.getByRole("button", { name: this.t("share:import"), exact: true });
  }

  get summary(): Locator {
    return this.main.getByRole("region", { name: this.t("share:summaryHeading") });
  }

  /** The value shown under a term of the summary, e.g. "Kunta". */
  fact(term: string): Locator {
    return this.summary
      .locator("div")
      .filter({ has: this.page.getByRole("term").getByText(term, { exact: true }) })
      .getByRole("definition");
  }
}
