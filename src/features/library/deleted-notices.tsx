import { useTranslation } from "react-i18next";
import { useLibraryStore } from "../../store/library";
import { Alert } from "../../ui/alert";
import { useRowName } from "./use-row-name";

/** Deleting is one click, so each deleted one can be restored from here while the page stays open. */
export function DeletedNotices() {
  const { t } = useTranslation("library");
  const deleted = useLibraryStore((state) => state.deleted);
  const restore = useLibraryStore((state) => state.restore);
  const rowName = useRowName();
  if (deleted.length === 0) return null;
  return (
    <Alert tone="success">
      <ul className="library-deleted">
        {deleted.map(({ id, meta }) => {
          const name = rowName({
            municipality: meta.municipality,
            year: meta.year,
            role: meta.respondentRole,
          });
          return (
            <li key={id}>
              <p>{t("deleted.done", { name })}</p>
              <button type="button" className="button button-secondary" onClick={() => void restore(id)}>
                {t("deleted.undo", { name })}
              </button>
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}
