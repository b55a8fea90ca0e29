import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { shellPageFor } from "../app/page-shell-paths";
import { HAS_ASSESSMENT_KEY, LANGUAGE_KEY } from "../store/app-store";
import { currentPath } from "../ui/router";
import { FIRST_SCREEN_SCRIPT, FIRST_SCREEN_SCRIPT_HASH } from "./first-screen-script";

const html = document.documentElement;

function runScript(hash: string, storage: Record<string, string> = {}): void {
  window.location.hash = hash;
  for (const [key, value] of Object.entries(storage)) localStorage.setItem(key, value);
  // The script as the built page runs it: plain text in a <script>, not a module.
  new Function(FIRST_SCREEN_SCRIPT)();
}

// Each run schedules its start of the app's code; fake timers keep one test's start out of the next.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "requestAnimationFrame"] });
});

afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
  localStorage.clear();
  for (const name of ["lang", "data-first-screen", "data-shell-page", "data-has-assessment", "data-fonts"])
    html.removeAttribute(name);
  window.location.hash = "";
});

describe("the script before the first paint", () => {
  it("reads the keys the store writes", () => {
    expect(FIRST_SCREEN_SCRIPT).toContain(`"${LANGUAGE_KEY}"`);
    expect(FIRST_SCREEN_SCRIPT).toContain(`"${HAS_ASSESSMENT_KEY}"`);
  });

  it("shows the prerendered start page as it is for the start page in Finnish", () => {
    for (const hash of ["", "#/", "#start"]) {
      runScript(hash);
      expect(currentPath()).toBe("/");
      expect(html.getAttribute("data-first-screen")).toBeNull();
    }
  });

  it("keeps only the shell for any other page, on the same rule as the router", () => {
    for (const hash of ["#/results", "#/workshops/abc", "#/invite?checklist=x"]) {
      runScript(hash);
      expect(currentPath()).not.toBe("/");
      expect(html.getAttribute("data-first-screen")).toBe("shell");
    }
  });

  it("marks the pages that have a prerendered loading view, on the same rule as the app, in Finnish only", () => {
    for (const hash of ["#/results", "#/workshops/abc", "#/workshops/abc/present", "#/plan", "#/"]) {
      runScript(hash);
      expect(html.getAttribute("data-shell-page")).toBe(shellPageFor(currentPath()));
      html.removeAttribute("data-shell-page");
    }
    expect(shellPageFor("/results")).toBe("results");
    expect(shellPageFor("/workshops/abc")).toBe("workshop");
    runScript("#/results", { [LANGUAGE_KEY]: "sv" });
    expect(html.hasAttribute("data-shell-page")).toBe(false);
  });

  it("hides everything in another language, and sets <html lang> to it", () => {
    runScript("", { [LANGUAGE_KEY]: "sv" });
    expect(html.getAttribute("data-first-screen")).toBe("hidden");
    expect(html.lang).toBe("sv");
  });

  it("ignores a language it does not know", () => {
    runScript("", { [LANGUAGE_KEY]: "de" });
    expect(html.getAttribute("data-first-screen")).toBeNull();
  });

  it("keeps room for the card when the last visit had an assessment open", () => {
    runScript("");
    expect(html.hasAttribute("data-has-assessment")).toBe(false);
    runScript("", { [HAS_ASSESSMENT_KEY]: "1" });
    expect(html.hasAttribute("data-has-assessment")).toBe(true);
  });

  it("preloads the fonts under the service worker, and draws a first visit in the system font", () => {
    const template = document.createElement("template");
    template.id = "font-preloads";
    template.innerHTML =
      '<link rel="preload" as="font" type="font/woff2" href="./assets/font.woff2" crossorigin>';
    document.head.append(template);
    const preloads = () => document.head.querySelectorAll(':scope > link[rel="preload"][as="font"]');
    runScript("");
    expect(html.getAttribute("data-fonts")).toBe("system");
    expect(preloads()).toHaveLength(0);

    html.removeAttribute("data-fonts");
    const controlled = { controller: {} };
    vi.stubGlobal("navigator", Object.assign(Object.create(navigator), { serviceWorker: controlled }));
    runScript("");
    vi.unstubAllGlobals();
    expect(html.hasAttribute("data-fonts")).toBe(false);
    expect([...preloads()].map((link) => link.getAttribute("href"))).toEqual(["./assets/font.woff2"]);
    for (const element of [template, ...preloads()]) element.remove();
  });

  it("starts the app's code from its template only after the first frame", () => {
    const template = document.createElement("template");
    template.id = "app-code";
    template.innerHTML =
      '<link rel="modulepreload" crossorigin href="./assets/entry.js" data-app-entry><link rel="modulepreload" crossorigin href="./assets/dep.js">';
    document.head.append(template);
    runScript("");
    expect(document.querySelector('script[type="module"]')).toBeNull();
    vi.advanceTimersToNextFrame();
    expect(document.querySelector('script[type="module"]')).toBeNull();
    vi.advanceTimersByTime(1);
    const started = document.querySelectorAll('script[type="module"]');
    expect([...started].map((script) => script.getAttribute("src"))).toEqual(["./assets/entry.js"]);
    expect(document.head.querySelectorAll(':scope > link[rel="modulepreload"]')).toHaveLength(2);
    for (const element of [template, ...started, ...document.head.querySelectorAll(":scope > link")])
      element.remove();
  });

  it("is allowed by the policy's hash and by nothing wider", () => {
    const digest = createHash("sha256").update(FIRST_SCREEN_SCRIPT).digest("base64");
    expect(FIRST_SCREEN_SCRIPT_HASH).toBe(`'sha256-${digest}'`);
  });
});
