import type { Locator } from "@playwright/test";
import type { Answer } from "../../../src/domain/assessment";
import type { Item, Theme } from "../../../src/domain/checklist";
import { AppShell } from "./app-shell";

export class ThemePage extends AppShell {
  async goto(theme: Theme): Promise<void> {
    await this.open(`/assessment/theme/${theme.id}`);
  }

  /** Each item is a fieldset whose legend is "<position>. <item text>". */
  item(item: Item, position: number): Locator {
    return this.page.getByRole("group", { name: `${position}. ${item.text[this.language]}`, exact: true });
  }

  choice(item: Item, position: number, answer: Answer): Locator {
    const key = answer.kind === "level" ? `level${answer.level}` : answer.kind;
    return this.item(item, position).getByRole("radio", {
      name: this.t(`common:answer.${key}`),
      exact: true,
    });
  }

  reason(item: Item, position: number): Locator {
    return this.item(item, position).getByRole("textbox", { name: this.t("assessment:theme.reasonLabel") });
  }

  async answer(item: Item, position: number, answer: Answer): Promise<void> {
    await this.choice(item, position, answer).check();
    if (answer.kind === "notApplicable") await this.reason(item, position).fill(answer.reason);
  }

  nextThemeLink(next: Theme): Locator {
    return this.page.getByRole("link", {
      name: this.t("assessment:theme.next", { title: next.title[this.language] }),
    });
  }

  get resultsLink(): Locator {
    return this.page
      .getByRole("navigation", { name: this.t("assessment:theme.navLabel") })
      .getByRole("link", { name: this.t("assessment:theme.results") });
  }
}
