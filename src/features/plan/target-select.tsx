import { useId } from "react";
import { useTranslation } from "react-i18next";
import { FULL_LEVEL, LEVELS, type Level } from "../../domain/level";
import type { Suggestion } from "../../domain/suggestions";
import { useAppStore } from "../../store/app-store";

const NO_TARGET = "";

/**
 * The levels above the current answer, up to "fully in place". A target the answer has already reached
 * (set before the answer rose, or read from a file) stays listed, so the select shows what is saved.
 */
function targetLevels({ current, target, hasTarget }: Suggestion): Level[] {
  return LEVELS.filter((level) => level > current || (hasTarget && level === target));
}

/** "Where we want to be next year". The first option sets no target, which aims at "fully in place". */
export function TargetSelect({ suggestion }: { suggestion: Suggestion }) {
  const { t } = useTranslation("plan");
  const { t: tCommon } = useTranslation();
  const setTarget = useAppStore((state) => state.setTarget);
  const id = useId();
  return (
    <div className="target-select">
      <label htmlFor={id} className="field-label">
        {t("suggestion.targetLabel")}
      </label>
      <select
        id={id}
        className="text-input"
        value={suggestion.hasTarget ? String(suggestion.target) : NO_TARGET}
        onChange={(event) => {
          const { value } = event.target;
          setTarget(suggestion.item.id, value === NO_TARGET ? null : (Number(value) as Level));
        }}
      >
        <option value={NO_TARGET}>
          {t("suggestion.noTargetOption", { level: tCommon(`answer.level${FULL_LEVEL}`) })}
        </option>
        {targetLevels(suggestion).map((level) => (
          <option key={level} value={level}>
            {tCommon(`answer.level${level}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
