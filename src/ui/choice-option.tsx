import "./choice-option.css";
import type { ComponentPropsWithRef } from "react";

type ChoiceOptionProps = Omit<ComponentPropsWithRef<"input">, "type" | "id"> & {
  id: string;
  label: string;
  hint?: string;
};

/**
 * A large-card radio (put them in a `.choices` grid): a native radio, so arrow keys move within its group.
 * The hint is a description, not part of the name, and the label's overlay (see choice-option.css) makes
 * the whole box the click target. The rest of the props (a react-hook-form field too) go to the input.
 */
export function ChoiceOption({ id, label, hint, ...input }: ChoiceOptionProps) {
  const hintId = `${id}-hint`;
  return (
    <div className="choice">
      <input type="radio" id={id} aria-describedby={hint ? hintId : undefined} {...input} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="choice-hint">
          {hint}
        </span>
      )}
    </div>
  );
}
