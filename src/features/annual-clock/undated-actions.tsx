import { useTranslation } from "react-i18next";
import type { Action } from "../../domain/plan";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";

/** Actions are edited in the plan; the clock says how many it cannot show for want of a due date. */
export function UndatedActions({ actions }: { actions: readonly Action[] }) {
  const { t } = useTranslation("annualClock");
  const undated = actions.filter((action) => action.due === undefined).length;
  return (
    <p className="clock-actions-note">
      {t("actions.onClock")} {undated > 0 && `${t("actions.undated", { count: undated })} `}
      <Link to={paths.plan}>{t("actions.planLink")}</Link>
    </p>
  );
}
