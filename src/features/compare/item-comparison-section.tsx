import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Answer, answerFor } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import { type Comparison, type ItemComparison, isDifference } from "../../domain/compare";
import type { Citation } from "../../domain/example";
import { ownValue } from "../../domain/own-value";
import type { PracticeCard } from "../../domain/practice";
import { practicesForItem } from "../../domain/practice-catalog";
import { useAppStore } from "../../store/app-store";
import { ItemComparisonEntry } from "./item-comparison-entry";
import { type ItemFilter, ItemFilters } from "./item-filters";

export interface ItemComparisonSectionProps {
  checklist: Checklist;
  comparison: Comparison;
  ownAnswers: Readonly<Record<string, Answer>>;
  otherAnswers: Readonly<Record<string, Answer>>;
  ownName: string;
  otherName: string;
  citations: Readonly<Record<string, Citation>>;
  practices: readonly PracticeCard[];
  focusItemId: string | undefined;
}

function matches(item: ItemComparison, filter: ItemFilter): boolean {
  if (filter.themeId !== null && item.themeId !== filter.themeId) return false;
  return !filter.isOnlyDifferences || isDifference(item);
}

/** Opened at one item: that item's theme, every answer shown, so the item is surely on screen. */
function initialFilter(checklist: Checklist, focusItemId: string | undefined): ItemFilter {
  const theme = checklist.themes.find((candidate) => candidate.items.some((item) => item.id === focusItemId));
  return { themeId: theme?.id ?? null, isOnlyDifferences: false };
}

export function ItemComparisonSection(props: ItemComparisonSectionProps) {
  const { checklist, comparison, focusItemId } = props;
  const { t } = useTranslation("compare");
  const language = useAppStore((state) => state.language);
  const headingId = useId();
  const [filter, setFilter] = useState(() => initialFilter(checklist, focusItemId));
  const shown = comparison.items.filter((item) => matches(item, filter));
  const byItem = new Map(shown.map((item) => [item.itemId, item]));
  return (
    <section aria-labelledby={headingId} className="compare-items">
      <h2 id={headingId}>{t("items.heading")}</h2>
      <p>{t("items.intro")}</p>
      <ItemFilters
        checklist={checklist}
        filter={filter}
        onChange={setFilter}
        shown={shown.length}
        total={comparison.items.length}
      />
      {shown.length === 0 && <p>{t("items.none")}</p>}
      {checklist.themes.map((theme) => {
        const entries = theme.items.flatMap((item) => {
          const itemComparison = byItem.get(item.id);
          return itemComparison ? [{ item, itemComparison }] : [];
        });
        if (entries.length === 0) return null;
        return (
          <div key={theme.id} className="compare-theme">
            <h3>{theme.title[language]}</h3>
            <ul className="compare-item-list">
              {entries.map(({ item, itemComparison }) => (
                <ItemComparisonEntry
                  key={item.id}
                  item={item}
                  comparison={itemComparison}
                  ownAnswer={answerFor(props.ownAnswers, item.id)}
                  otherAnswer={answerFor(props.otherAnswers, item.id)}
                  ownName={props.ownName}
                  otherName={props.otherName}
                  citation={ownValue(props.citations, item.id)}
                  practices={practicesForItem(props.practices, item.id)}
                  checklist={checklist}
                  isFocused={item.id === focusItemId}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
