import { useTranslation } from "react-i18next";
import type { Level } from "../../domain/level";
import type { Cell } from "../../domain/regional";
import { useAppStore } from "../../store/app-store";
import { formatDifference, formatLevel } from "../../ui/format";
import { useCellLabel } from "../../ui/level-cell";

export interface GapLabels {
  /** One answer as the questionnaire names it, with its level: "Fully in place (3)". */
  cell: (cell: Cell) => string;
  /** A median level: "Started (1)" or, between two levels, "1.5 (between started and mostly in place)". */
  median: (value: number) => string;
  /** Levels as a signed number: "+2", "−1.5". */
  gap: (value: number) => string;
}

/** Words for the perception gaps, in the screen's language. */
export function useGapLabels(): GapLabels {
  const { t } = useTranslation("perspectives");
  const cellLabel = useCellLabel();
  const language = useAppStore((state) => state.language);
  const levelName = (level: number) => cellLabel({ kind: "level", level: level as Level });
  const decimal = (value: number) => formatLevel(value, language);
  return {
    cell: (cell) =>
      cell.kind === "level" ? t("gap.level", { name: cellLabel(cell), level: cell.level }) : cellLabel(cell),
    median: (value) =>
      Number.isInteger(value)
        ? t("gap.level", { name: levelName(value), level: value })
        : t("gap.between", {
            value: decimal(value),
            low: levelName(Math.floor(value)),
            high: levelName(Math.ceil(value)),
          }),
    gap: (value) => formatDifference(value, language),
  };
}
