import i18next from "i18next";
import { describe, expect, it, vi } from "vitest";
import { useAppStore } from "../store/app-store";
import { startLanguageSync } from "./language-sync";

describe("language sync", () => {
  it("makes i18next and <html lang> follow the stored language", async () => {
    useAppStore.setState({ language: "fi" });
    await startLanguageSync();
    expect(document.documentElement.lang).toBe("fi");

    useAppStore.getState().setLanguage("sv");
    await vi.waitFor(() => expect(document.documentElement.lang).toBe("sv"));
    expect(i18next.language).toBe("sv");
    expect(i18next.t("nav.results")).toBe("Resultat");
  });
});
