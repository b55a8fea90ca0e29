import { useTranslation } from "react-i18next";
import { MATURITY_BANDS } from "../../domain/scoring";
import { CountBars } from "./count-bars";
import type { Slide } from "./deck";
import { ScoreStats } from "./score-stats";
import { Withheld } from "./withheld";

type ThemeSlideData = Extract<Slide, { kind: "theme" }>;

/** One theme: the spread of its scores and how many members fall in each maturity band. */
export function ThemeSlide({ slide }: { slide: ThemeSlideData }) {
  const { t } = useTranslation(["projector", "common"]);
  const { distribution } = slide;
  if (!distribution.isShown) return <Withheld />;
  const rows = [
    ...MATURITY_BANDS.map((band) => ({
      key: band,
      label: t(`common:band.${band}`),
      count: distribution.bands[band],
    })),
    { key: "unscored", label: t("theme.unscored"), count: distribution.unscored, isOffScale: true },
  ];
  return (
    <>
      <h3>{t("theme.scores")}</h3>
      {distribution.quartiles ? <ScoreStats quartiles={distribution.quartiles} /> : <Withheld />}
      <CountBars
        caption={t("theme.bandsCaption")}
        labelHeader={t("theme.band")}
        countHeader={t("theme.count")}
        rows={rows}
      />
    </>
  );
}
