import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Progress } from "../../domain/progress";

interface ProgressMeterProps extends Progress {
  /** Id of the visible text that names what is measured (a theme title, "whole assessment"). */
  labelledBy: string;
}

/** The bar's name is the visible label plus the count, so a screen reader hears "Theme … 5 / 17 answered". */
export function ProgressMeter({ answered, total, labelledBy }: ProgressMeterProps) {
  const { t } = useTranslation("assessment");
  const countId = useId();
  return (
    <div className="progress-meter">
      <progress
        className="progress"
        value={answered}
        max={total}
        aria-labelledby={`${labelledBy} ${countId}`}
      />
      <span id={countId} className="progress-count">
        {t("progress.count", { answered, total })}
      </span>
    </div>
  );
}
