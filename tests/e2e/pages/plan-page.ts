import type { Locator } from "@playwright/test";
import type { Item } from "../../../src/domain/checklist";
import { AppShell } from "./app-shell";

export class PlanPage extends AppShell {
  async goto(): Promise<void> {
    await this.open("/plan");
  }

  get topPriorities(): Locator {
    return this.page.getByRole("region", { name: this.t("plan:top.heading") });
  }

  /** The item texts of the top priorities, in their order on the page. */
  topItems(): Promise<string[]> {
    return this.topPriorities.locator(".top-item").allTextContents();
  }

  get allSuggestions(): Locator {
    return this.page.getByRole("region", { name: this.t("plan:all.heading") });
  }

  /** The suggestion cards' item texts, in their order on the page. */
  cardItems(): Promise<string[]> {
    return this.allSuggestions.getByRole("heading", { level: 4 }).allTextContents();
  }

  contentsButton(headingKey: "top.heading" | "all.heading" | "actions.heading"): Locator {
    return this.page
      .getByRole("navigation", { name: this.t("plan:contents.label") })
      .getByRole("button", { name: this.t(`plan:${headingKey}`), exact: true });
  }

  get rerankButton(): Locator {
    return this.page.getByRole("button", { name: this.t("plan:rerank.button"), exact: true });
  }

  grouping(key: "byTheme" | "byPhase"): Locator {
    return this.page.getByRole("radio", { name: this.t(`plan:all.${key}`), exact: true });
  }

  /** One suggestion's card, named by its item's text. */
  suggestion(item: Item): Locator {
    return this.page.getByRole("article", { name: item.text[this.language], exact: true });
  }

  target(item: Item): Locator {
    return this.suggestion(item).getByRole("combobox", { name: this.t("plan:suggestion.targetLabel") });
  }

  addActionButton(item: Item): Locator {
    return this.suggestion(item).getByRole("button", {
      name: `${this.t("plan:suggestion.addAction")} – ${item.text[this.language]}`,
    });
  }

  get newActionButton(): Locator {
    return this.page.getByRole("button", { name: this.t("plan:actions.new"), exact: true });
  }

  get addForm(): Locator {
    return this.page.getByRole("form", { name: this.t("plan:form.addTitle") });
  }

  get whatField(): Locator {
    return this.page.getByRole("textbox", {
      name: `${this.t("plan:form.what")} (${this.t("plan:form.required")})`,
    });
  }

  get responsibleField(): Locator {
    return this.page.getByRole("textbox", { name: this.t("plan:form.responsible") });
  }

  /** An action in the action plan, named by what is done. */
  action(what: string): Locator {
    return this.page
      .getByRole("region", { name: this.t("plan:actions.heading") })
      .getByRole("article", { name: what, exact: true });
  }

  /** The action plan's sort and filter controls, named by their labels. */
  actionView(key: "sort" | "status" | "theme"): Locator {
    const label = key === "status" ? "plan:actions.status" : (`plan:actions.view.${key}` as const);
    return this.page
      .getByRole("group", { name: this.t("plan:actions.view.legend") })
      .getByRole("combobox", { name: this.t(label), exact: true });
  }

  /** What the actions' cards say is done, in their order on the page. */
  actionNames(): Promise<string[]> {
    return this.page
      .getByRole("region", { name: this.t("plan:actions.heading") })
      .locator(".action-what")
      .allTextContents();
  }
}
