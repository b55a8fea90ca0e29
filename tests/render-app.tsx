import { render } from "@testing-library/react";
import type { ReactElement } from "react";
// Features that load lazily in the app bring their texts; tests render their parts directly.
import "../src/features/compare/i18n";
import "../src/features/results/i18n";
import type { Language } from "../src/domain/localized";
import { initI18n } from "../src/i18n/i18n";
import { useAppStore } from "../src/store/app-store";
import { usePendingReasons } from "../src/store/pending-reasons";
import { bundledRegistry } from "./bundled-checklists";

const initialState = useAppStore.getInitialState();

/**
 * Renders with a fresh store (storage loaded, no saved assessment unless given, the shipped checklists loaded)
 * and i18n in the given language.
 */
export function renderWithApp(
  ui: ReactElement,
  options: { language?: Language; state?: Partial<typeof initialState> } = {},
) {
  const language = options.language ?? "fi";
  useAppStore.setState(
    { ...initialState, language, loadStatus: "ready", checklistRegistry: bundledRegistry, ...options.state },
    true,
  );
  usePendingReasons.setState(usePendingReasons.getInitialState(), true);
  initI18n(language);
  return render(ui);
}
