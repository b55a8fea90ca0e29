import "./i18n";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Workshop } from "../../domain/workshop";
import { useWorkshopStore } from "../../store/workshops";
import { Page } from "../../ui/page";
import { CreateWorkshop } from "./create-workshop";
import { DeletedNotice } from "./deleted-notice";
import { ImportArchive } from "./import-archive";
import { WorkshopList } from "./workshop-list";
import { WorkshopProblems } from "./workshop-problems";
import "./workshop.css";

/** Every regional workshop kept in this browser: make one, rename, delete (with undo), pass it on as a file. */
export default function WorkshopsPage() {
  const { t } = useTranslation("workshop");
  const summaries = useWorkshopStore((state) => state.summaries);
  const loadSummaries = useWorkshopStore((state) => state.loadSummaries);
  const [deleted, setDeleted] = useState<Workshop | null>(null);
  useEffect(() => {
    void loadSummaries();
  }, [loadSummaries]);
  // The perspectives sets (associations' answers to one own assessment) live on the perspectives page.
  const workshops = summaries?.filter((summary) => summary.forAssessmentId === undefined) ?? null;
  return (
    <Page title={t("list.title")}>
      <p className="lead">{t("list.intro")}</p>
      <WorkshopProblems />
      {deleted && <DeletedNotice workshop={deleted} onDone={() => setDeleted(null)} />}
      {workshops === null ? (
        <p role="status" className="loading">
          {t("list.loading")}
        </p>
      ) : (
        <WorkshopList workshops={workshops} onDeleted={setDeleted} />
      )}
      <div className="workshop-start">
        <CreateWorkshop />
        <ImportArchive />
      </div>
    </Page>
  );
}
