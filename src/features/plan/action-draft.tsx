import { createContext, type ReactNode, useContext, useMemo, useRef, useState } from "react";
import type { Checklist } from "../../domain/checklist";
import type { Action } from "../../domain/plan";
import { ActionForm } from "./action-form";
import type { ActionFormValues } from "./action-form-values";

interface DraftState {
  openKey: string | null;
  setOpenKey: (key: string | null) => void;
}

const DraftContext = createContext<DraftState | null>(null);

export function ActionDraftProvider({ children }: { children: ReactNode }) {
  const [openKey, setOpenKey] = useState<string | null>(null);
  const value = useMemo(() => ({ openKey, setOpenKey }), [openKey]);
  return <DraftContext.Provider value={value}>{children}</DraftContext.Provider>;
}

interface ActionDraftProps {
  /** Unique on the page: which button's form is open. */
  draftKey: string;
  buttonLabel: ReactNode;
  buttonClassName: string;
  /** Controls that follow the button in the same row, before the open form. */
  beside?: ReactNode;
  checklist: Checklist;
  initial: ActionFormValues;
  actionId?: string;
  onSaved?: (action: Action) => void;
}

/**
 * A button that opens the action form right below it. One form is open at a time: opening another closes
 * the first. The button stays in place as the form's toggle, so closing the form (saved or cancelled)
 * returns focus there.
 */
export function ActionDraft(props: ActionDraftProps) {
  const { draftKey, buttonLabel, buttonClassName, beside, onSaved, ...form } = props;
  const context = useContext(DraftContext);
  if (!context) throw new Error("ActionDraft needs an ActionDraftProvider");
  const { openKey, setOpenKey } = context;
  const button = useRef<HTMLButtonElement>(null);
  const isOpen = openKey === draftKey;
  return (
    <>
      <button
        ref={button}
        type="button"
        className={buttonClassName}
        aria-expanded={isOpen}
        onClick={() => setOpenKey(isOpen ? null : draftKey)}
      >
        {buttonLabel}
      </button>
      {beside}
      {isOpen && (
        <ActionForm
          {...form}
          onClose={(saved) => {
            setOpenKey(null);
            button.current?.focus();
            if (saved) onSaved?.(saved);
          }}
        />
      )}
    </>
  );
}
