import { type ChangeEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Workshop } from "../../domain/workshop";
import { useWorkshopStore } from "../../store/workshops";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";
import { DuplicateChoices } from "./duplicate-choices";
import { ImportProgress } from "./import-progress";
import { ImportReport } from "./import-report";
import { type SortedOutcomes, sortOutcomes } from "./sort-outcomes";
import { useFileImport } from "./use-file-import";

interface Imported {
  /** null when nothing in the file could be used, so no workshop was made. */
  workshop: Workshop | null;
  sorted: SortedOutcomes;
  isCancelled: boolean;
}

/** The archive's file name without the format's ending: the next host can rename it. */
function nameFromFile(fileName: string): string {
  return fileName.replace(/(\.kumppanuuspeili-workshop)?\.json$/i, "") || fileName;
}

/** A workshop passed on as one archive becomes a new workshop here; nothing stored is changed. */
export function ImportArchive() {
  const { t } = useTranslation("workshop");
  const createWorkshop = useWorkshopStore((state) => state.createWorkshop);
  const addMembers = useWorkshopStore((state) => state.addMembers);
  const openWorkshop = useWorkshopStore((state) => state.openWorkshop);
  const { progress, run, cancel } = useFileImport();
  const [imported, setImported] = useState<Imported | null>(null);
  const [isSettled, setIsSettled] = useState(false);
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = "";
    if (!file) return;
    setImported(null);
    const { outcomes, isCancelled } = await run([file]);
    const sorted = sortOutcomes([], outcomes, new Date());
    if (sorted.accepted.length === 0 && sorted.duplicates.length === 0) {
      setImported({ workshop: null, sorted, isCancelled });
      return;
    }
    const created = await createWorkshop(nameFromFile(file.name));
    await addMembers(
      created.id,
      sorted.accepted.map(({ member }) => member),
    );
    const workshop = (await openWorkshop(created.id)) ?? created;
    setIsSettled(sorted.duplicates.length === 0);
    setImported({ workshop, sorted, isCancelled });
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
        disabled={progress !== null}
        onChange={onChange}
      />
      {progress && <ImportProgress progress={progress} onCancel={cancel} />}
      {imported && (
        <ImportReport
          sorted={imported.sorted}
          total={
            imported.sorted.accepted.length +
            imported.sorted.duplicates.length +
            imported.sorted.rejected.length
          }
          isCancelled={imported.isCancelled}
        />
      )}
      {imported?.workshop && (
        <>
          {!isSettled && (
            <DuplicateChoices
              workshop={imported.workshop}
              duplicates={imported.sorted.duplicates}
              onDone={() => setIsSettled(true)}
            />
          )}
          <p>
            <Link to={paths.workshop(imported.workshop.id)}>
              {t("archive.open", { name: imported.workshop.name })}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
