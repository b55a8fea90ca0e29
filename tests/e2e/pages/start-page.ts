import type { Locator } from "@playwright/test";
import { AppShell } from "./app-shell";
import { enabledInput } from "./enabled-input";

export class StartPage extends AppShell {
  async goto(): Promise<void> {
    await this.open("/");
  }

  get startNewButton(): Locator {
    return this.page.getByRole("button", { name: this.t("assessment:start.newButton") });
  }

  get continueLink(): Locator {
    return this.page.getByRole("link", { name: this.t("assessment:saved.continue") });
  }

  get savedAssessment(): Locator {
    return this.page.getByRole("region", { name: this.t("assessment:saved.heading") });
  }

  get fileInput(): Locator {
    return enabledInput(this.page, this.t("assessment:import.label"));
  }

  get importError(): Locator {
    return this.alert(this.t("assessment:import.errorTitle"));
  }

  get dialog(): Locator {
    return this.page.getByRole("dialog");
  }

  /** Starts a new assessment, confirming the replacement if one is saved; lands on the details page. */
  async startNew(): Promise<void> {
    await this.startNewButton.click();
    const confirm = this.dialog.getByRole("button", { name: this.t("assessment:start.newConfirm") });
    if (await this.dialog.isVisible()) await confirm.click();
    await this.heading.filter({ hasText: this.t("assessment:details.title") }).waitFor();
  }

  async importFile(name: string, contents: string): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(contents) });
  }

  get confirmImportButton(): Locator {
    return this.dialog.getByRole("button", { name: this.t("assessment:import.confirm") });
  }
}
