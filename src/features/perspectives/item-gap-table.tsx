import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { ItemGap } from "../../domain/perception-gap";
import type { Alignment } from "../../domain/regional";
import { useAppStore } from "../../store/app-store";
import { LevelCell, useCellLabel } from "../../ui/level-cell";
import { NoValue } from "../../ui/no-value";
import { TableScroll } from "../../ui/table-scroll";
import type { GapLabels } from "./gap-labels";

function OthersCell({ others, labels }: { others: ItemGap["others"]; labels: GapLabels }) {
  const { t } = useTranslation("perspectives");
  if (others.median === null || others.min === null || others.max === null) {
    return <NoValue label={t("gap.noLevels")} />;
  }
  return (
    <>
      {labels.median(others.median)}
      <span className="perspectives-sub">
        {t("gap.spread", { min: others.min, max: others.max, n: others.n })}
      </span>
    </>
  );
}

/** Don't know, not applicable and missing answers are counted, never folded into the median as zeros. */
function NotCountedCell({ others }: { others: ItemGap["others"] }) {
  const { t } = useTranslation("perspectives");
  return (
    <ul className="perspectives-counts">
      <li>{t("gap.dontKnow", { count: others.dontKnow })}</li>
      <li>{t("gap.notApplicable", { count: others.notApplicable })}</li>
      <li>{t("gap.unanswered", { count: others.unanswered })}</li>
    </ul>
  );
}

function DifferenceCell({ item, labels }: { item: ItemGap; labels: GapLabels }) {
  const { t } = useTranslation("perspectives");
  if (item.gap === null) return <NoValue label={t("gap.noDifference")} />;
  return (
    <>
      {t("gap.levels", { value: labels.gap(item.gap), count: Math.abs(item.gap) })}
      {item.isFlagged && (
        // The flag is a word as well as a mark, so it reads without colour and without sight.
        <span className="perspectives-flag">
          <span aria-hidden="true">⚠ </span>
          {t("gap.flagged")}
        </span>
      )}
    </>
  );
}

interface ItemGapTableProps {
  items: readonly ItemGap[];
  alignment: Alignment;
  labels: GapLabels;
}

/** Every comparable item, the largest gap first, as the domain sorts them. */
export function ItemGapTable({ items, alignment, labels }: ItemGapTableProps) {
  const { t } = useTranslation("perspectives");
  const language = useAppStore((state) => state.language);
  const captionId = useId();
  const cellLabel = useCellLabel();
  const { numbers, basis } = alignment;
  const texts = new Map(basis.themes.flatMap((theme) => theme.items.map((item) => [item.id, item.text])));
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table perspectives-items">
        <caption id={captionId}>{t("gap.itemsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("gap.number")}</th>
            <th scope="col">{t("gap.item")}</th>
            <th scope="col">{t("gap.municipality")}</th>
            <th scope="col">{t("gap.associations")}</th>
            <th scope="col">{t("gap.notCounted")}</th>
            <th scope="col">{t("gap.difference")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.itemId} className={item.isFlagged ? "perspectives-flagged" : undefined}>
              <td>{numbers.get(item.itemId)}</td>
              <th scope="row">{texts.get(item.itemId)?.[language] ?? item.itemId}</th>
              <td>
                {/* The coloured glyph as in the workshop's heatmap; its hidden label is what screen readers hear. */}
                <LevelCell cell={item.own} label={labels.cell(item.own)} />
                <span aria-hidden="true">{cellLabel(item.own)}</span>
              </td>
              <td>
                <OthersCell others={item.others} labels={labels} />
              </td>
              <td>
                <NotCountedCell others={item.others} />
              </td>
              <td className="perspectives-gap">
                <DifferenceCell item={item} labels={labels} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
