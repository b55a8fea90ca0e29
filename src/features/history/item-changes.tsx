import { useId } from "react";
import { useTranslation } from "react-i18next";
import { partialText } from "../../domain/adaptation";
import type { Checklist, Item } from "../../domain/checklist";
import {
  ITEM_CHANGE_KINDS,
  type ItemChange,
  type ItemChangeKind,
  type YearChange,
} from "../../domain/history";
import { numberedItems } from "../../domain/item-numbers";
import { useAppStore } from "../../store/app-store";
import { formatDifference } from "../../ui/format";
import { useCellLabel } from "../../ui/level-cell";

type ItemIndex = ReadonlyMap<string, { number: string; item: Item }>;

function ChangeEntry({ change, years, items }: { change: ItemChange; years: YearChange; items: ItemIndex }) {
  const { t } = useTranslation("history");
  const language = useAppStore((state) => state.language);
  const cellLabel = useCellLabel();
  const found = items.get(change.itemId);
  const answers = {
    fromYear: years.fromYear,
    toYear: years.toYear,
    from: cellLabel(change.from),
    to: cellLabel(change.to),
  };
  return (
    <li>
      <span className="history-item-text">
        {found?.number} {found?.item.text[language] ?? change.itemId}
      </span>{" "}
      <span className="history-item-answers">
        {change.delta === null || change.delta === 0
          ? t("change.answers", answers)
          : t("change.answersDelta", {
              ...answers,
              difference: formatDifference(change.delta, language),
              count: Math.abs(change.delta),
            })}
      </span>
    </li>
  );
}

function ChangeGroup({
  kind,
  change,
  items,
}: {
  kind: ItemChangeKind;
  change: YearChange;
  items: ItemIndex;
}) {
  const { t } = useTranslation("history");
  const headingId = useId();
  const entries = change.items.filter((item) => item.change === kind);
  const list =
    entries.length === 0 ? (
      <p>{t("change.none")}</p>
    ) : (
      <ul className="history-items">
        {entries.map((entry) => (
          <ChangeEntry key={entry.itemId} change={entry} years={change} items={items} />
        ))}
      </ul>
    );
  const heading = t(`change.${kind}`, { count: entries.length });
  // Unchanged items are many and rarely read: folded away, one click to open.
  if (kind === "same") {
    return (
      <details className="history-group">
        <summary>{heading}</summary>
        {list}
      </details>
    );
  }
  return (
    <section aria-labelledby={headingId} className="history-group">
      <h3 id={headingId}>{heading}</h3>
      {kind === "unknown" && <p className="field-hint">{t("change.unknownHint")}</p>}
      {list}
    </section>
  );
}

/** Which items were not compared, and for an item an adapted checklist hides, why. */
function LeftOutItems({ change, items }: { change: YearChange; items: ItemIndex }) {
  const { t } = useTranslation("history");
  const language = useAppStore((state) => state.language);
  return (
    <details className="history-left-out-list">
      <summary>{t("change.leftOutList")}</summary>
      <ul>
        {change.leftOutItemIds.map((itemId) => {
          const hidden = change.hidden.find((entry) => entry.itemId === itemId);
          const why = hidden && partialText(hidden.why, language).text;
          return (
            <li key={itemId}>
              {items.get(itemId)?.item.text[language] ?? itemId}
              {hidden && ` – ${t("change.hiddenWhy", { version: hidden.version, why })}`}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/** What rose, fell, is unknown or not applicable between the two chosen years, item by item. */
export function ItemChanges({
  change,
  checklists,
}: {
  change: YearChange;
  checklists: readonly Checklist[];
}) {
  const { t } = useTranslation("history");
  // `checklists` oldest first: a later version's number and text win, as the user works on that one now.
  const items: ItemIndex = new Map(checklists.flatMap((checklist) => [...numberedItems(checklist)]));
  return (
    <>
      {change.leftOutItemIds.length > 0 && (
        <>
          <p className="history-left-out">{t("change.leftOut", { count: change.leftOutItemIds.length })}</p>
          <LeftOutItems change={change} items={items} />
        </>
      )}
      {ITEM_CHANGE_KINDS.map((kind) => (
        <ChangeGroup key={kind} kind={kind} change={change} items={items} />
      ))}
    </>
  );
}
