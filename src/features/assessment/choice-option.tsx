import type { KeyboardEvent } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

interface ChoiceOptionProps {
  id: string;
  value: string;
  label: string;
  hint?: string;
  field: UseFormRegisterReturn;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/**
 * A native radio, so arrow keys move within the item's group. The hint is a description, not part of
 * the name, and the label's overlay (see assessment.css) makes the whole box the click target.
 */
export function ChoiceOption({ id, value, label, hint, field, onKeyDown }: ChoiceOptionProps) {
  const hintId = `${id}-hint`;
  return (
    <div className="choice">
      <input
        type="radio"
        id={id}
        value={value}
        aria-describedby={hint ? hintId : undefined}
        onKeyDown={onKeyDown}
        {...field}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="choice-hint">
          {hint}
        </span>
      )}
    </div>
  );
}
