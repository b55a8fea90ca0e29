import type {
  Control,
  UseFormClearErrors,
  UseFormGetValues,
  UseFormRegister,
  UseFormSetFocus,
  UseFormTrigger,
} from "react-hook-form";
import type { ItemFields } from "./answer-fields";

/** One theme page's form: the fields of each item under the item's key. */
export type ThemeFormValues = Record<string, ItemFields>;

/** The stable parts of the form that an item needs; passing them (not formState) keeps items from re-rendering. */
export interface ItemFormApi {
  control: Control<ThemeFormValues>;
  register: UseFormRegister<ThemeFormValues>;
  getValues: UseFormGetValues<ThemeFormValues>;
  setFocus: UseFormSetFocus<ThemeFormValues>;
  clearErrors: UseFormClearErrors<ThemeFormValues>;
  trigger: UseFormTrigger<ThemeFormValues>;
}

/** Prefixed because a purely numeric id would make react-hook-form build an array instead of a record. */
export function fieldKey(itemId: string): string {
  return `item-${itemId}`;
}
