import "./i18n";
import "./library.css";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { checklistRef } from "../../domain/checklist-lookup";
import {
  EXPORT_REMINDER_DAYS,
  filterRows,
  type LibraryColumn,
  type LibraryFilter,
  type LibraryRow,
  needsExportReminder,
  sortRows,
} from "../../domain/library";
import { useAppStore } from "../../store/app-store";
import { useLatestChecklist } from "../../store/checklists";
import { libraryRows, useLibraryStore } from "../../store/library";
import { Alert } from "../../ui/alert";
import { downloadTextFile } from "../../ui/download";
import { DownloadStatus } from "../../ui/download-status";
import { Page } from "../../ui/page";
import { paths } from "../../ui/paths";
import { navigate } from "../../ui/router";
import { DeletedNotices } from "./deleted-notices";
import { DetailsForm } from "./details-form";
import { DuplicateForm } from "./duplicate-form";
import { LibraryFilters } from "./library-filters";
import { LibraryImport } from "./library-import";
import { type LibrarySort, LibraryTable, type RowAction } from "./library-table";
import { StorageStatus } from "./storage-status";

type OpenForm = { kind: "duplicate" | "edit"; row: LibraryRow } | null;

const FIRST_SORT: LibrarySort = { column: "updatedAt", direction: "descending" };

/**
 * This code is fetched beside the database when the library is opened directly, so the list is read while the
 * app still loads, not after: the first visit uses this read, later visits read afresh.
 */
let firstLoad: Promise<void> | null = useLibraryStore.getState().load();

/** Every assessment kept in this browser: open, start, duplicate, edit, delete with undo, export, import. */
export default function LibraryPage() {
  const { t } = useTranslation("library");
  const assessments = useLibraryStore((state) => state.assessments);
  const usage = useLibraryStore((state) => state.usage);
  const lastExportAt = useLibraryStore((state) => state.lastExportAt);
  const writeError = useLibraryStore((state) => state.writeError);
  const { load, open, duplicate, editDetails, remove, exportOne, exportAll } = useLibraryStore.getState();
  const openId = useAppStore((state) => state.assessment?.id ?? null);
  const startAssessment = useAppStore((state) => state.startAssessment);
  const checklist = useLatestChecklist();
  const [filter, setFilter] = useState<LibraryFilter>({});
  const [sort, setSort] = useState<LibrarySort>(FIRST_SORT);
  const [form, setForm] = useState<OpenForm>(null);
  const [savedFile, setSavedFile] = useState<string | null>(null);
  useEffect(() => {
    if (firstLoad === null) void load();
    firstLoad = null;
  }, [load]);

  const rows = useMemo(() => libraryRows(assessments ?? []), [assessments]);
  const shown = useMemo(
    () => sortRows(filterRows(rows, filter), sort.column, sort.direction),
    [rows, filter, sort],
  );
  const years = useMemo(() => [...new Set(rows.map((row) => row.year))].sort((a, b) => b - a), [rows]);
  const isReminded = assessments !== null && needsExportReminder(assessments, lastExportAt, new Date());

  const onSort = (column: LibraryColumn) =>
    setSort((current) => ({
      column,
      direction: current.column === column && current.direction === "ascending" ? "descending" : "ascending",
    }));
  const save = (file: { fileName: string; text: string }) => {
    downloadTextFile(file.fileName, file.text);
    setSavedFile(file.fileName);
  };
  const onExportAll = async () => {
    // Cleared first, so that saving the same file again is announced again.
    setSavedFile(null);
    save(await exportAll());
  };
  const onAction = async (action: RowAction, row: LibraryRow) => {
    switch (action) {
      case "open":
        if (await open(row.id)) navigate(paths.details);
        return;
      case "duplicate":
      case "edit":
        setForm({ kind: action, row });
        return;
      case "export": {
        setSavedFile(null);
        const file = await exportOne(row.id);
        if (file) save(file);
        return;
      }
      case "delete":
        setForm(null);
        await remove(row.id);
        return;
    }
  };
  const editedMeta = form && assessments?.find((assessment) => assessment.id === form.row.id)?.meta;

  return (
    <Page title={t("title")}>
      <p className="lead">{t("lead")}</p>
      {writeError && <Alert tone="error">{t("writeFailed", { error: writeError })}</Alert>}
      {isReminded && (
        <Alert tone="info" title={t("reminder.title")}>
          <p>{t("reminder.text", { days: EXPORT_REMINDER_DAYS })}</p>
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={onExportAll}>
              {t("storage.exportAll")}
            </button>
          </div>
        </Alert>
      )}
      <DeletedNotices />
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={checklist === null}
          onClick={() => {
            if (!checklist) return;
            startAssessment(checklistRef(checklist));
            navigate(paths.details);
          }}
        >
          {t("startNew")}
        </button>
      </div>
      {form?.kind === "duplicate" && (
        <DuplicateForm
          key={form.row.id}
          row={form.row}
          onCancel={() => setForm(null)}
          onSubmit={async (year, carryPlan) => {
            if (await duplicate(form.row.id, year, { carryPlan })) navigate(paths.details);
          }}
        />
      )}
      {form?.kind === "edit" && editedMeta && (
        <DetailsForm
          key={form.row.id}
          row={form.row}
          meta={editedMeta}
          onCancel={() => setForm(null)}
          onSubmit={async (meta) => {
            await editDetails(form.row.id, meta);
            setForm(null);
          }}
        />
      )}
      {assessments === null ? (
        <p role="status" className="loading">
          {t("loading")}
        </p>
      ) : rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <LibraryFilters filter={filter} years={years} onChange={setFilter} />
          <p role="status" className="library-shown">
            {t("filter.shown", { shown: shown.length, total: rows.length })}
          </p>
          {shown.length === 0 ? (
            <p>{t("noMatch")}</p>
          ) : (
            <LibraryTable rows={shown} sort={sort} onSort={onSort} openId={openId} onAction={onAction} />
          )}
        </>
      )}
      <DownloadStatus fileName={savedFile} />
      <StorageStatus usage={usage} lastExportAt={lastExportAt} onExportAll={onExportAll} />
      <LibraryImport />
    </Page>
  );
}
