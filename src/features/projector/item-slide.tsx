import { useTranslation } from "react-i18next";
import { LEVELS } from "../../domain/level";
import { useAppStore } from "../../store/app-store";
import { useCellLabel } from "../../ui/level-cell";
import { CountBars, type CountRow } from "./count-bars";
import type { Slide } from "./deck";
import { InPlaceList } from "./in-place-list";
import { formatLevelValue } from "./level-format";
import { Withheld } from "./withheld";

type ItemSlideData = Extract<Slide, { kind: "item" }>;

/** The digit or symbol beside the words, as the heatmap shows each answer. */
function Glyph({ symbol }: { symbol: string }) {
  return (
    <span className="projector-glyph" aria-hidden="true">
      {symbol}
    </span>
  );
}

/** One item: how many at each level, the answers off the scale apart, and who has it in place. */
export function ItemSlide({ slide, showNotes }: { slide: ItemSlideData; showNotes: boolean }) {
  const { t } = useTranslation("projector");
  const language = useAppStore((state) => state.language);
  const cellLabel = useCellLabel();
  const { distribution } = slide;
  const labelled = (symbol: string | null, text: string) => (
    <>
      {symbol !== null && <Glyph symbol={symbol} />}
      {text}
    </>
  );
  const rows: CountRow[] = [
    ...LEVELS.map((level) => ({
      key: `level${level}`,
      label: labelled(String(level), cellLabel({ kind: "level", level })),
      count: distribution.levels[level],
    })),
    // Don't know "?" and not applicable "–" as in the heatmap; never counted as a level.
    {
      key: "dontKnow",
      label: labelled("?", cellLabel({ kind: "dontKnow" })),
      count: distribution.dontKnow,
      isOffScale: true,
    },
    {
      key: "notApplicable",
      label: labelled("–", cellLabel({ kind: "notApplicable" })),
      count: distribution.notApplicable,
      isOffScale: true,
    },
    {
      key: "unanswered",
      label: labelled(null, cellLabel({ kind: "unanswered" })),
      count: distribution.unanswered,
      isOffScale: true,
    },
  ];
  return (
    <>
      {distribution.isShown ? (
        <>
          <CountBars
            caption={t("item.levelsCaption")}
            labelHeader={t("item.answer")}
            countHeader={t("item.count")}
            rows={rows}
          />
          {distribution.quartiles ? (
            <p className="projector-summary">
              {t("item.summary", {
                n: distribution.n,
                median: formatLevelValue(distribution.quartiles.median, language),
                dontKnow: distribution.dontKnow,
                notApplicable: distribution.notApplicable,
                unanswered: distribution.unanswered,
              })}
            </p>
          ) : (
            <Withheld />
          )}
        </>
      ) : (
        <Withheld />
      )}
      <InPlaceList inPlace={slide.inPlace} showNotes={showNotes} />
    </>
  );
}
