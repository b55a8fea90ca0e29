import { useState } from "react";
import { useTranslation } from "react-i18next";
import { create } from "zustand";
import { flushSaves, useAppStore } from "../store/app-store";

/** Starts the waiting version: the page reloads once it controls it. */
export type ApplyUpdate = () => Promise<void>;

/** The update the service worker offers, if one is waiting. Kept apart from it, so tests need no worker. */
export const useUpdateOffer = create<{ apply: ApplyUpdate | null }>(() => ({ apply: null }));

export function offerUpdate(apply: ApplyUpdate): void {
  useUpdateOffer.setState({ apply });
}

type PromptState = "shown" | "dismissed" | "updating" | "failed";

/**
 * Saves everything first: the focused field is blurred so its value reaches the store, then every pending
 * write is awaited. Resolves false when a write failed, so the page does not reload over unsaved work.
 */
async function saveEverything(): Promise<boolean> {
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  await flushSaves();
  return useAppStore.getState().saveStatus !== "failed";
}

/**
 * A polite banner, not a modal: a new version is waiting. Update saves and then reloads into it; Later hides
 * the banner for this page view (the next load offers it again).
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const apply = useUpdateOffer((state) => state.apply);
  const [state, setState] = useState<PromptState>("shown");
  const isShown = apply !== null && state !== "dismissed";
  const update = async () => {
    if (!apply || state === "updating") return;
    setState("updating");
    try {
      if (!(await saveEverything())) throw new Error("A change could not be saved");
      await apply();
    } catch (error) {
      console.error(error);
      setState("failed");
    }
  };
  // The live region is always there, so a screen reader announces the banner when it appears; it is a
  // status only while it says something (the pages' own status messages stay the only ones otherwise).
  return (
    <div aria-live="polite" role={isShown ? "status" : undefined} className="container update-prompt">
      {isShown && (
        <div className="alert">
          <p className="alert-title">{t("update.available")}</p>
          <p>
            {state === "failed"
              ? t("update.failed")
              : state === "updating"
                ? t("update.saving")
                : t("update.body")}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              aria-disabled={state === "updating"}
              onClick={() => void update()}
            >
              {t("update.apply")}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setState("dismissed")}>
              {t("update.later")}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
