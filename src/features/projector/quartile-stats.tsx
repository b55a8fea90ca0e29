import { useTranslation } from "react-i18next";
import type { Quartiles } from "../../domain/regional";

interface QuartileStatsProps {
  quartiles: Quartiles;
  /** Writes one value: a score out of 100, or a level. */
  format: (value: number) => string;
}

/** n, median, the middle half and the range: the spread, not only the middle. */
export function QuartileStats({ quartiles, format }: QuartileStatsProps) {
  const { t } = useTranslation("projector");
  const between = (from: number, to: number) => t("stats.between", { from: format(from), to: format(to) });
  return (
    <dl className="projector-stats">
      <div>
        <dt>{t("stats.n")}</dt>
        <dd>{quartiles.n}</dd>
      </div>
      <div>
        <dt>{t("stats.median")}</dt>
        <dd>{format(quartiles.median)}</dd>
      </div>
      <div>
        <dt>{t("stats.quartiles")}</dt>
        <dd>{between(quartiles.q1, quartiles.q3)}</dd>
      </div>
      <div>
        <dt>{t("stats.range")}</dt>
        <dd>{between(quartiles.min, quartiles.max)}</dd>
      </div>
    </dl>
  );
}
