import type { FieldErrors, FieldValues } from "react-hook-form";
import type { Problem } from "../domain/problems";

/**
 * A form validated with a domain schema shows the first problem of each field. The error's type is the
 * problem code, its message the detail (a limit, for instance), so the form can word it in the user's
 * language.
 */
export function fieldErrorsFrom<TValues extends FieldValues>(
  problems: readonly Problem[],
): FieldErrors<TValues> {
  const errors: Record<string, { type: string; message: string }> = {};
  for (const problem of problems) {
    const field = problem.path.split(/[.[]/)[0] ?? "";
    errors[field] ??= { type: problem.code, message: problem.detail ?? "" };
  }
  return errors as FieldErrors<TValues>;
}

/** Ids of the hint and, when there is one, the error that describe a field; nothing when neither is there. */
export function describedBy(...ids: (string | false)[]): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}
