import "./i18n";
import "./adapt.css";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Page } from "../../ui/page";
import { ChecklistEditor } from "./checklist-editor";
import { CreateAdaptation } from "./create-adaptation";
import { KeptChecklists } from "./kept-checklists";
import { LoadChecklistFile } from "./load-checklist-file";

/** Adapting the base model: the versions kept here, a new one, one loaded from a file, and the editor. */
export default function AdaptPage() {
  const { t } = useTranslation("adapt");
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Page title={t("page.title")}>
      <p className="lead">{t("page.lead")}</p>
      {editing ? (
        <ChecklistEditor checklistKey={editing} onClose={() => setEditing(null)} />
      ) : (
        <>
          <KeptChecklists onEdit={setEditing} />
          <CreateAdaptation onCreated={setEditing} />
          <LoadChecklistFile />
        </>
      )}
    </Page>
  );
}
