import { useTranslation } from "react-i18next";
import { availableMigration } from "../domain/checklist-migration";
import { useAppStore } from "../store/app-store";
import { useChecklistRegistry } from "../store/checklists";
import { paths } from "../ui/paths";
import { Link, usePath } from "../ui/router";

/** Says on every page that the open assessment's checklist has a newer version, until the user moves to it. */
export function NewerChecklistNotice() {
  const { t } = useTranslation();
  const ref = useAppStore((state) => state.assessment?.checklist);
  const registry = useChecklistRegistry();
  const path = usePath();
  const available = ref && registry ? availableMigration(ref, registry.checklists) : null;
  if (!available || path === paths.versions) return null;
  return (
    <div className="newer-checklist-notice">
      <p>
        {t("newerChecklist.text", { version: available.to.version, current: available.from.version })}{" "}
        <Link to={paths.versions}>{t("newerChecklist.link")}</Link>
      </p>
    </div>
  );
}
