import type { Resolver } from "react-hook-form";
import * as z from "zod/mini";
import { type Action, ActionSchema, type ActionStatus } from "../../domain/plan";
import { parseWith } from "../../domain/problems";
import { fieldErrorsFrom } from "../../ui/form-errors";

/** What the form holds: plain strings, where empty means "not given". */
export interface ActionFormValues {
  what: string;
  responsible: string;
  due: string;
  status: ActionStatus;
  itemId: string;
}

export type ActionField = keyof ActionFormValues;

export type ActionFields = Omit<Action, "id">;

const ActionFieldsSchema = z.omit(ActionSchema, { id: true });

export function toFormValues(action: Partial<ActionFields>): ActionFormValues {
  return {
    what: action.what ?? "",
    responsible: action.responsible ?? "",
    due: action.due ?? "",
    status: action.status ?? "planned",
    itemId: action.itemId ?? "",
  };
}

/** An empty optional field is left out, the way a saved action and the assessment file have it. */
function toActionInput(values: ActionFormValues) {
  return {
    what: values.what,
    responsible: values.responsible,
    status: values.status,
    ...(values.due ? { due: values.due } : {}),
    ...(values.itemId ? { itemId: values.itemId } : {}),
  };
}

/**
 * Validates with the domain's schema, so the form accepts exactly what a file may hold. An error's type is
 * the problem code and its message the limit, if any; the form words it in the user's language.
 */
export const actionResolver: Resolver<ActionFormValues, unknown, ActionFields> = (values) => {
  const result = parseWith(ActionFieldsSchema, toActionInput(values));
  if (result.ok) return { values: result.value, errors: {} };
  return { values: {}, errors: fieldErrorsFrom<ActionFormValues>(result.problems) };
};
