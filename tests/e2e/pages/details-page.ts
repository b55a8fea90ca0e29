import type { Locator } from "@playwright/test";
import type { RespondentRole } from "../../../src/domain/assessment";
import { AppShell } from "./app-shell";

export class DetailsPage extends AppShell {
  async goto(): Promise<void> {
    await this.open("/assessment/details");
  }

  get municipality(): Locator {
    // A text input with a datalist is a combobox; the role radio "Kunta" has the same name.
    return this.page.getByRole("combobox", { name: this.t("assessment:details.municipality"), exact: true });
  }

  role(role: RespondentRole): Locator {
    return this.page
      .getByRole("group", { name: this.t("assessment:details.role") })
      .getByRole("radio", { name: this.t(`common:role.${role}`), exact: true });
  }

  get saveStatus(): Locator {
    return this.page.getByRole("status").filter({ hasText: this.t("assessment:details.saved") });
  }

  themeLink(title: string): Locator {
    return this.main.getByRole("link", { name: title, exact: true });
  }

  get exportButton(): Locator {
    return this.page.getByRole("button", { name: this.t("assessment:details.exportButton") });
  }

  async fillDetails(municipality: string, role: RespondentRole): Promise<void> {
    await this.municipality.fill(municipality);
    await this.role(role).check();
    await this.saveStatus.waitFor();
  }
}
