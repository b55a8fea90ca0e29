import type { ReactNode } from "react";
import { describedBy } from "./form-errors";

/** What a control needs from its field: its id, and whether it is invalid and what describes it. */
interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

interface FieldProps {
  /** The control's id; the hint's and the error's ids are made from it. */
  id: string;
  label: ReactNode;
  hint?: string;
  /** The field's error in the user's language; none while the field is valid. */
  errorText?: string;
  children: (control: ControlProps) => ReactNode;
}

/** Label, hint, control and error message, tied together by ids. */
export function Field({ id, label, hint, errorText, children }: FieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {children({
        id,
        "aria-invalid": errorText ? true : undefined,
        "aria-describedby": describedBy(!!hint && hintId, !!errorText && errorId),
      })}
      {errorText && (
        <p id={errorId} className="field-error">
          {errorText}
        </p>
      )}
    </div>
  );
}
