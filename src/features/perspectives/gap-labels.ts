import { useTranslation } from "react-i18next";
import type { Level } from "../../domain/level";
import type { Language } from "../../domain/localized";
import type { Cell } from "../../domain/regional";
import { useAppStore } from "../../store/app-store";
import { useCellLabel } from "../../ui/level-cell";

const decimals = new Map<Language, Intl.NumberFormat>();

/** A median of levels can fall between two (1.5); one decimal, with a comma in fi and sv. */
function formatDecimal(value: number, language: Language): string {
  let format = decimals.get(language);
  if (!format) {
    format = new Intl.NumberFormat({ fi: "fi-FI", sv: "sv-FI", en: "en-GB" }[language], {
      maximumFractionDigits: 1,
    });
    decimals.set(language, format);
  }
  return format.format(value);
}

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
  const decimal = (value: number) => formatDecimal(value, language);
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
    // A true minus sign, which screen readers read as "minus".
    gap: (value) => (value > 0 ? `+${decimal(value)}` : decimal(value).replace("-", "−")),
  };
}
