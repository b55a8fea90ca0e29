import { useCallback } from "react";
import { useAppStore } from "../../store/app-store";
import { formatMonth, formatMonthTitle } from "../../ui/format";

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/**
 * Month names in the user's language; `asTitle` starts a heading or an option with a capital
 * (Finnish and Swedish write month names in lower case inside a sentence).
 */
export function useMonthName(): (month: number, asTitle?: boolean) => string {
  const language = useAppStore((state) => state.language);
  return useCallback(
    (month, asTitle = false) => (asTitle ? formatMonthTitle : formatMonth)(month, language),
    [language],
  );
}
