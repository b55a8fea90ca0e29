import { useState } from "react";
import { useTranslation } from "react-i18next";
import { toChecklistFile } from "../../domain/adapted-checklist";
import type { Checklist } from "../../domain/checklist";
import { allItems, checklistRef } from "../../domain/checklist-lookup";
import { findChecklist } from "../../domain/registry-lookup";
import { useAdaptedChecklists } from "../../store/adapted-checklists";
import { useAppStore } from "../../store/app-store";
import { useChecklistRegistry } from "../../store/checklists";
import { downloadTextFile } from "../../ui/download";
import { DownloadStatus } from "../../ui/download-status";
import { paths } from "../../ui/paths";
import { navigate } from "../../ui/router";
import { TitledSection } from "../../ui/titled-section";

function fileName(checklist: Checklist): string {
  return `${checklist.id}-${checklist.version}.json`;
}

export function KeptChecklists({ onEdit }: { onEdit: (key: string) => void }) {
  const { t } = useTranslation("adapt");
  const kept = useAdaptedChecklists((state) => state.kept);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <TitledSection title={t("kept.title")} className="adapt-kept">
      {!kept || kept.length === 0 ? (
        <p>{t("kept.none")}</p>
      ) : (
        <ul className="adapt-list">
          {kept.map((read) =>
            read.kind === "ok" ? (
              <KeptChecklist
                key={read.key}
                checklist={read.checklist}
                onEdit={() => onEdit(read.key)}
                onExported={setSaved}
              />
            ) : (
              <li key={read.key}>{t("kept.damaged", { key: read.key })}</li>
            ),
          )}
        </ul>
      )}
      <DownloadStatus fileName={saved} />
    </TitledSection>
  );
}

function KeptChecklist({
  checklist,
  onEdit,
  onExported,
}: {
  checklist: Checklist;
  onEdit: () => void;
  onExported: (name: string) => void;
}) {
  const { t } = useTranslation("adapt");
  const language = useAppStore((state) => state.language);
  const startAssessment = useAppStore((state) => state.startAssessment);
  const registry = useChecklistRegistry();
  const basedOn = checklist.adaptation?.basedOn;
  const base = basedOn ? findChecklist(registry, basedOn.id, basedOn.version) : null;
  const exportFile = () => {
    const name = fileName(checklist);
    downloadTextFile(name, JSON.stringify(toChecklistFile(checklist), null, 2));
    onExported(name);
  };
  return (
    <li>
      <h3>{checklist.title[language]}</h3>
      <p>
        {t("kept.basedOn", {
          version: checklist.version,
          base: base?.title[language] ?? basedOn?.id,
          baseVersion: basedOn?.version,
        })}
        <br />
        {t("kept.counts", {
          items: allItems(checklist).length,
          hidden: checklist.adaptation?.hidden.length ?? 0,
          local: allItems(checklist).filter((item) => item.local).length,
        })}
      </p>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={onEdit}>
          {t("kept.edit")}
        </button>
        <button type="button" className="button button-secondary" onClick={exportFile}>
          {t("kept.export")}
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            startAssessment(checklistRef(checklist));
            navigate(paths.details);
          }}
        >
          {t("kept.start")}
        </button>
      </div>
    </li>
  );
}
