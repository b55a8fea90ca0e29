import { useTranslation } from "react-i18next";
import { ACTION_STATUSES } from "../../domain/plan";

/** An option per action status, in the plan's order, for the card's select and the filter. */
export function StatusOptions() {
  const { t } = useTranslation();
  return ACTION_STATUSES.map((status) => (
    <option key={status} value={status}>
      {t(`plan.actionStatus.${status}`)}
    </option>
  ));
}
