import type { Locator } from "@playwright/test";
import type { Item } from "../../../src/domain/checklist";
import { AppShell } from "./app-shell";

export class ComparePage extends AppShell {
  async goto(): Promise<void> {
    await this.open("/compare");
  }

  /** The radio of a bundled example, e.g. "Koski Tl (esimerkkikunta)". */
  example(name: string): Locator {
    return this.page.getByRole("radio", { name: this.t("compare:picker.example", { name }), exact: true });
  }

  /** One item's entry in the side-by-side list, found by its heading (the item's text). */
  item(item: Item): Locator {
    return this.page.getByRole("listitem").filter({
      has: this.page.getByRole("heading", { level: 4, name: item.text[this.language], exact: true }),
    });
  }

  difference(key: string): string {
    return this.t(`compare:difference.${key}`);
  }

  get onlyDifferences(): Locator {
    return this.page.getByRole("checkbox", { name: this.t("compare:items.onlyDifferences") });
  }
}
