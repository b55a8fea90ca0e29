import { Field } from "../../ui/form-field";

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  errorText?: string;
  type?: "text" | "url" | "date";
  lang?: string;
}

/** A labelled one-line input, its hint and error tied to it. */
export function TextField({
  id,
  label,
  value,
  onChange,
  hint,
  errorText,
  type = "text",
  lang,
}: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} errorText={errorText}>
      {(control) => (
        <input
          {...control}
          type={type}
          lang={lang}
          className="text-input"
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}
