import type { Locator, Page } from "@playwright/test";
import type { Language } from "../../../src/domain/localized";
import { type Translate, texts } from "../support/texts";

/** What every page shares: header, language switch, main navigation and alerts. */
export class AppShell {
  readonly t: Translate;

  constructor(
    readonly page: Page,
    readonly language: Language = "fi",
  ) {
    this.t = texts(language);
  }

  /**
   * Opens a hash route, e.g. `/results`; "/" is the start page. Resolves once the app runs and the page's h1
   * is shown: the prerendered start page has its h1 before the app's code, whose buttons do nothing until then.
   */
  async open(path = "/"): Promise<void> {
    await this.page.goto(`./#${path}`);
    await this.page.locator("html[data-app-ready]").waitFor({ state: "attached" });
    await this.heading.waitFor();
  }

  /** Every page has exactly one h1. */
  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  /** The skip link is a button (a `#main` href would be read as a hash route); either role is accepted. */
  get skipLink(): Locator {
    const name = this.t("common:skipToContent");
    return this.page.getByRole("link", { name }).or(this.page.getByRole("button", { name }));
  }

  get main(): Locator {
    return this.page.getByRole("main");
  }

  alert(title: string): Locator {
    return this.page.getByRole("alert").filter({ hasText: title });
  }

  /** Each language's button shows that language's own name, whatever the current language is. */
  languageButton(language: Language): Locator {
    return this.page.getByRole("button", {
      name: texts(language)(`common:language.${language}`),
      exact: true,
    });
  }

  /** Switches the UI and returns a shell whose texts are in the new language. */
  async switchLanguage(language: Language): Promise<AppShell> {
    await this.languageButton(language).click();
    await this.page.locator(`html[lang="${language}"]`).waitFor({ state: "attached" });
    return new AppShell(this.page, language);
  }

  navLink(
    key: "start" | "assessment" | "results" | "compare" | "plan" | "annualClock" | "report" | "method",
  ): Locator {
    return this.page
      .getByRole("navigation", { name: this.t("common:nav.label") })
      .getByRole("link", { name: this.t(`common:nav.${key}`), exact: true });
  }
}
