import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { provideLanguage } from "../src/i18n/i18n";
import enAssessment from "../src/i18n/locales/en/assessment.json";
import enCommon from "../src/i18n/locales/en/common.json";
import svAssessment from "../src/i18n/locales/sv/assessment.json";
import svCommon from "../src/i18n/locales/sv/common.json";

// The app fetches Swedish and English when chosen; the tests render any language at once.
provideLanguage("sv", { common: svCommon, assessment: svAssessment });
provideLanguage("en", { common: enCommon, assessment: enAssessment });

// recharts' ResponsiveContainer measures with ResizeObserver, which jsdom lacks.
class ResizeObserverStandIn {
  private readonly callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe(target: Element): void {
    const entry = { target, contentRect: { width: 600, height: 400 } } as unknown as ResizeObserverEntry;
    this.callback([entry], this as unknown as ResizeObserver);
  }
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStandIn as unknown as typeof ResizeObserver;

// jsdom has no modal dialogs; mimic the open attribute so dialogs can be tested.
if (typeof HTMLDialogElement !== "undefined" && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
}

afterEach(() => {
  cleanup();
  // Files that run in the node environment (the PDF tests) have no DOM to reset.
  if (typeof window === "undefined") return;
  localStorage.clear();
  window.location.hash = "";
});
