import { useId } from "react";
import { useTranslation } from "react-i18next";
import { assessedMunicipalityName } from "../../domain/municipalities";
import type { MemberRow } from "../../domain/regional";
import { useAppStore } from "../../store/app-store";

interface HighlightPickerProps {
  /** In name order. */
  rows: readonly MemberRow[];
  value: string | null;
  onChange: (assessmentId: string | null) => void;
}

const NONE = "";

export function HighlightPicker({ rows, value, onChange }: HighlightPickerProps) {
  const { t } = useTranslation("workshop");
  const { t: tc } = useTranslation("common");
  const language = useAppStore((state) => state.language);
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {t("highlight.label")}
      </label>
      <select
        className="compact-select"
        id={id}
        value={value ?? NONE}
        onChange={(event) => onChange(event.currentTarget.value || null)}
      >
        <option value={NONE}>{t("highlight.none")}</option>
        {rows.map(({ assessment }) => (
          <option key={assessment.id} value={assessment.id}>
            {t("highlight.option", {
              name: assessedMunicipalityName(assessment.meta, language),
              year: assessment.meta.year,
              role: tc(`role.${assessment.meta.respondentRole}`),
            })}
          </option>
        ))}
      </select>
    </div>
  );
}
