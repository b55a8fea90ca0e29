import { type ChangeEvent, useId } from "react";
import { useTranslation } from "react-i18next";
import type { ImportOutcome } from "../../store/import-files";
import { useWorkshopStore } from "../../store/workshops";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";
import { ImportStatus } from "./import-status";
import { useMemberImport } from "./use-member-import";

/** The name the archive carries; else its file name without the format's ending. The host can rename it. */
function archiveName(outcomes: readonly ImportOutcome[], fileName: string): string {
  const stored = outcomes.find((outcome) => outcome.archiveName)?.archiveName;
  return stored ?? (fileName.replace(/(\.kumppanuuspeili-workshop)?\.json$/i, "") || fileName);
}

/** A workshop passed on as one archive becomes a new workshop here; nothing stored is changed. */
export function ImportArchive() {
  const { t } = useTranslation("workshop");
  const createWorkshop = useWorkshopStore((state) => state.createWorkshop);
  const openWorkshop = useWorkshopStore((state) => state.openWorkshop);
  const state = useMemberImport();
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const created = state.result?.workshop;
  // As stored after the import's write, so the duplicates' questions can name the files already in it.
  const stored = useWorkshopStore((store) =>
    created && store.workshop?.id === created.id ? store.workshop : null,
  );
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = "";
    if (!file) return;
    void state.importMembers([file], (outcomes) => ({
      saved: [],
      // A failed write rejects after the store's alert has said so; then nothing was made.
      open: async () => {
        const workshop = await createWorkshop(archiveName(outcomes, file.name)).catch(() => null);
        return workshop && ((await openWorkshop(workshop.id)) ?? workshop);
      },
    }));
  };
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("archive.heading")}</h2>
      <p id={hintId}>{t("archive.hint")}</p>
      <label htmlFor={inputId} className="field-label">
        {t("archive.label")}
      </label>
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        className="file-input"
        aria-describedby={hintId}
        disabled={state.progress !== null}
        onChange={onChange}
      />
      <ImportStatus state={state} workshop={stored} />
      {created && (
        <p>
          <Link to={paths.workshop(created.id)}>{t("archive.open", { name: created.name })}</Link>
        </p>
      )}
    </section>
  );
}
