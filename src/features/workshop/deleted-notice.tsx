import { useTranslation } from "react-i18next";
import type { Workshop } from "../../domain/workshop";
import { useWorkshopStore } from "../../store/workshops";
import { Alert } from "../../ui/alert";

/** Deleting is one click, so it can be undone from the page that did it. */
export function DeletedNotice({ workshop, onDone }: { workshop: Workshop; onDone: () => void }) {
  const { t } = useTranslation("workshop");
  const restoreWorkshop = useWorkshopStore((state) => state.restoreWorkshop);
  return (
    <Alert tone="success">
      <p>{t("delete.done", { name: workshop.name, count: workshop.members.length })}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          onClick={async () => {
            await restoreWorkshop(workshop);
            onDone();
          }}
        >
          {t("delete.undo")}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t("delete.dismiss")}
        </button>
      </div>
    </Alert>
  );
}
