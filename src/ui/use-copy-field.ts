import { useRef, useState } from "react";

export type CopyStatus = "idle" | "copied" | "selectToCopy";

/**
 * Copies a read-only field's text (a link to send) to the clipboard. When the browser refuses (no permission,
 * an old browser), the text is selected in the field for Ctrl+C instead, and the status says which happened.
 */
export function useCopyField() {
  const field = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<CopyStatus>("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(field.current?.value ?? "");
      setStatus("copied");
    } catch {
      field.current?.focus();
      field.current?.select();
      setStatus("selectToCopy");
    }
  };
  return { field, status, setStatus, copy };
}
