import type { Language } from "../../domain/localized";
import type { Quartiles } from "../../domain/regional";
import { NoValue } from "../../ui/no-value";

interface QuartileCellsProps {
  quartiles: Quartiles | null;
  format: (value: number, language: Language) => string;
  language: Language;
  /** Read instead of a dash when there are too few answers for quartiles. */
  noneLabel: string;
}

/** Q1, median and Q3 as three cells; dashes with a reason when too few answered. */
export function QuartileCells({ quartiles, format, language, noneLabel }: QuartileCellsProps) {
  const values = quartiles === null ? [null, null, null] : [quartiles.q1, quartiles.median, quartiles.q3];
  return values.map((value, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: three fixed cells
    <td key={index} className="number">
      {value === null ? <NoValue label={noneLabel} /> : format(value, language)}
    </td>
  ));
}
