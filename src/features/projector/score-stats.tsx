import { useTranslation } from "react-i18next";
import type { Quartiles } from "../../domain/regional";
import { useAppStore } from "../../store/app-store";
import { formatScore } from "../../ui/format";
import { QuartileBox } from "./quartile-box";

/** n, median, the middle half and the range of scores out of 100: the spread, not only the middle. */
export function ScoreStats({ quartiles }: { quartiles: Quartiles }) {
  const { t } = useTranslation("projector");
  const language = useAppStore((state) => state.language);
  const score = (value: number) => formatScore(value, language);
  const between = (from: number, to: number) => t("stats.between", { from: score(from), to: score(to) });
  return (
    <>
      <dl className="projector-stats">
        <div>
          <dt>{t("stats.n")}</dt>
          <dd>{quartiles.n}</dd>
        </div>
        <div>
          <dt>{t("stats.median")}</dt>
          <dd>{score(quartiles.median)}</dd>
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
      <QuartileBox quartiles={quartiles} />
    </>
  );
}
