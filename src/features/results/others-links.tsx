import { useTranslation } from "react-i18next";
import type { Checklist, Item } from "../../domain/checklist";
import { practicesForItem } from "../../domain/practice-catalog";
import { useAppStore } from "../../store/app-store";
import { useExamples } from "../../store/examples";
import { paths } from "../../ui/paths";
import { Link } from "../../ui/router";

/**
 * "See how others do it": the comparison opened at this item (the example's own words and the good-practice
 * cards are shown there in full), named by each example and each card. Nothing while the examples load.
 */
export function OthersLinks({ item, checklist }: { item: Item; checklist: Checklist }) {
  const { t } = useTranslation("results");
  const language = useAppStore((state) => state.language);
  const { examples, practices } = useExamples(checklist);
  const cards = practicesForItem(practices, item.id);
  if (examples.length === 0 && cards.length === 0) return null;
  const to = paths.compareItem(item.id);
  return (
    <div className="ranked-item-others">
      <p>{t("rankings.others")}</p>
      <ul>
        {examples.map((example) => (
          <li key={example.profile.id}>
            <Link to={to}>
              {t("rankings.compareWith", { name: example.profile.name[language] })}{" "}
              {/* Every weak item has this link; the item's text tells them apart in a links list. */}
              <span className="visually-hidden">– {item.text[language]}</span>
            </Link>
          </li>
        ))}
        {cards.map((card) => (
          <li key={card.id}>
            <Link to={to}>
              {t("rankings.practice", { title: card.title[language], place: card.place[language] })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
