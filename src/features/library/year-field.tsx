import { Field } from "../../ui/form-field";

interface YearFieldProps {
  id: string;
  label: string;
  value: string;
  errorText?: string;
  onChange: (text: string) => void;
}

/** A year as typed: checked on submit (parseYear), so a half-typed year is never taken for another. */
export function YearField({ id, label, value, errorText, onChange }: YearFieldProps) {
  return (
    <Field id={id} label={label} errorText={errorText}>
      {(control) => (
        <input
          {...control}
          className="text-input input-short"
          inputMode="numeric"
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}
