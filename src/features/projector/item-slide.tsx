import { useTranslation } from "react-i18next";
import { LEVELS } from "../../domain/level";
import type { ItemDistribution } from "../../domain/regional";
import { useAppStore } from "../../store/app-store";
import { formatLevel } from "../../ui/format";
import { useCellLabel } from "../../ui/level-cell";
import { CountBars, type CountRow } from "./count-bars";
import type { Slide } from "./deck";
import { InPlaceList } from "./in-place-list";
import { Withheld } from "./withheld";

/** The digit or symbol beside the words, as the heatmap shows each answer. */
function labelled(symbol: string | null, text: string) {
  return (
    <>
      {symbol !== null && (
        <span className="projector-glyph" aria-hidden="true">
          {symbol}
        </span>
      )}
      {text}
    </>
  );
}

/** How many at each level, with don't know "?" and not applicable "–" apart: neither counts as a level. */
function LevelCounts({ distribution }: { distribution: ItemDistribution }) {
  const { t } = useTranslation("projector");
  const language = useAppStore((state) => state.language);
  const cellLabel = useCellLabel();
  if (!distribution.isShown) return <Withheld />;
  const offScale = (kind: "dontKnow" | "notApplicable" | "unanswered", symbol: string | null): CountRow => ({
    key: kind,
    label: labelled(symbol, cellLabel({ kind })),
    count: distribution[kind],
    isOffScale: true,
  });
  const rows: CountRow[] = [
    ...LEVELS.map((level) => ({
      key: `level${level}`,
      label: labelled(String(level), cellLabel({ kind: "level", level })),
      count: distribution.levels[level],
    })),
    offScale("dontKnow", "?"),
    offScale("notApplicable", "–"),
    offScale("unanswered", null),
  ];
  const { quartiles } = distribution;
  return (
    <div>
      <CountBars
        caption={t("item.levelsCaption")}
        labelHeader={t("item.answer")}
        countHeader={t("item.count")}
        rows={rows}
      />
      {quartiles ? (
        <p>
          {t("item.summary", {
            n: distribution.n,
            median: formatLevel(quartiles.median, language),
            dontKnow: distribution.dontKnow,
            notApplicable: distribution.notApplicable,
            unanswered: distribution.unanswered,
          })}
        </p>
      ) : (
        <Withheld />
      )}
    </div>
  );
}

/** One item: its distribution beside who has it in place. */
export function ItemSlide({
  slide,
  showNotes,
}: {
  slide: Extract<Slide, { kind: "item" }>;
  showNotes: boolean;
}) {
  return (
    <div className="projector-item-body">
      <LevelCounts distribution={slide.distribution} />
      <InPlaceList inPlace={slide.inPlace} showNotes={showNotes} />
    </div>
  );
}
