import { useTranslation } from "react-i18next";
import { ACTION_STATUSES, type ActionStatus } from "../../domain/plan";
import type { SelectOption } from "../../ui/select-field";

/** An option per action status, in the plan's order. */
export function useStatusOptions(): SelectOption<ActionStatus>[] {
  const { t } = useTranslation();
  return ACTION_STATUSES.map((status) => ({ value: status, label: t(`plan.actionStatus.${status}`) }));
}

/** The statuses as a card's select's options. */
export function StatusOptions() {
  return useStatusOptions().map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
}
