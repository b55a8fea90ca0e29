import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Checklist } from "../../domain/checklist";
import { readAdaptedChecklistBytes } from "../../domain/checklist-file";
import type { Problem } from "../../domain/problems";
import { useAdaptedChecklists } from "../../store/adapted-checklists";
import { useAppStore } from "../../store/app-store";
import { useChecklistRegistry } from "../../store/checklists";
import { Alert } from "../../ui/alert";
import { ProblemList } from "../../ui/problem-list";
import { TitledSection } from "../../ui/titled-section";

type Outcome =
  | { kind: "loaded"; checklist: Checklist }
  | { kind: "refused"; fileName: string; problems: Problem[] };

/** A checklist file shared by a region: checked whole first, so a file with any problem changes nothing. */
export function LoadChecklistFile() {
  const { t } = useTranslation("adapt");
  const language = useAppStore((state) => state.language);
  const registry = useChecklistRegistry();
  const save = useAdaptedChecklists((state) => state.save);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const id = useId();
  const load = async (file: File) => {
    const shipped = (registry?.checklists ?? []).filter((checklist) => !checklist.adaptation);
    const result = readAdaptedChecklistBytes(new Uint8Array(await file.arrayBuffer()), shipped);
    if (!result.ok) {
      setOutcome({ kind: "refused", fileName: file.name, problems: result.problems });
      return;
    }
    await save(result.value);
    setOutcome({ kind: "loaded", checklist: result.value });
  };
  return (
    <TitledSection title={t("load.title")} className="adapt-load">
      <p>{t("load.lead")}</p>
      <div className="field">
        <label htmlFor={`${id}-file`} className="field-label">
          {t("load.choose")}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = "";
            if (file) void load(file);
          }}
        />
      </div>
      <div aria-live="polite">
        {outcome?.kind === "loaded" && (
          <p>
            {t("load.loaded", {
              title: outcome.checklist.title[language],
              version: outcome.checklist.version,
            })}
          </p>
        )}
      </div>
      {outcome?.kind === "refused" && (
        <Alert tone="error" title={t("load.problems", { name: outcome.fileName })}>
          <ProblemList problems={outcome.problems} />
        </Alert>
      )}
    </TitledSection>
  );
}
