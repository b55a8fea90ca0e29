import "./review-i18n";
import { useTranslation } from "react-i18next";
import type { Review } from "../../domain/assessment";
import { useAppStore } from "../../store/app-store";
import { useItemText } from "../../ui/use-item-text";

/** An answer carried from an older checklist version that the user has not looked at yet. */
export function ReviewMark({
  itemId,
  review,
  checklistId,
}: {
  itemId: string;
  review: Review;
  checklistId: string;
}) {
  const { t } = useTranslation("review");
  const markChecked = useAppStore((state) => state.markChecked);
  const itemText = useItemText(checklistId);
  const from = review.from.map((id) => `”${itemText(id)}”`).join(t("review.and"));
  return (
    <div className="review-mark">
      <p>
        <strong>{t("review.title")}:</strong> {t(`review.${review.change}`, { from })} {t("review.check")}
      </p>
      <button type="button" className="button button-secondary" onClick={() => markChecked(itemId)}>
        {t("review.checked")}
      </button>
    </div>
  );
}
