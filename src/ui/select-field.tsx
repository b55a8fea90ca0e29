import { Field } from "./form-field";

export interface SelectOption<T extends string> {
  value: T;
  label: string;
}

interface SelectFieldProps<T extends string> {
  id: string;
  label: string;
  value: T;
  options: readonly SelectOption<T>[];
  onChange: (value: T) => void;
  /** The smaller select of a filter bar, beside other filters; otherwise a form's full-size control. */
  isCompact?: boolean;
}

/** A labelled select whose value is one of its options' values. */
export function SelectField<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
  isCompact,
}: SelectFieldProps<T>) {
  return (
    <Field id={id} label={label}>
      {(control) => (
        <select
          {...control}
          className={isCompact ? "compact-select" : "text-input"}
          value={value}
          // The options are the only values the select can take.
          onChange={(event) => onChange(event.currentTarget.value as T)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
