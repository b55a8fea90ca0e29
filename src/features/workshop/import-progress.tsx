import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore } from "../../store/app-store";
import { formatPercent } from "../../ui/format";
import type { ImportProgress as Progress } from "../../ui/use-file-import";

/** Screen readers hear the start and each quarter, not every file. */
const ANNOUNCED_STEPS = 4;

export function ImportProgress({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const { t } = useTranslation("workshop");
  const language = useAppStore((state) => state.language);
  const labelId = useId();
  const { done, total } = progress;
  const step = total === 0 ? 0 : Math.floor((done / total) * ANNOUNCED_STEPS) / ANNOUNCED_STEPS;
  return (
    <div className="import-progress">
      <p id={labelId} className="field-label">
        {t("progress.label", { count: total })}
      </p>
      <div className="import-progress-bar">
        <progress
          aria-labelledby={labelId}
          max={total}
          value={done}
          aria-valuetext={t("progress.value", { done, total })}
        />
        <span aria-hidden="true">{t("progress.value", { done, total })}</span>
      </div>
      <p role="status" className="visually-hidden">
        {t("progress.announce", { percent: formatPercent(step, language) })}
      </p>
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {t("progress.cancel")}
      </button>
    </div>
  );
}
