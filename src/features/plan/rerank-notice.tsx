import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFocusAfterRender } from "../../ui/use-focus-after-render";
import { SECTION_HEADINGS } from "./section-ids";
import type { KeptRanking } from "./use-kept-ranking";

/**
 * Says when a target change would reorder the list, and reorders it only when asked. The status line is
 * always in the page, so a screen reader hears it change (politely, once) without losing its place.
 */
export function RerankNotice({ ranking }: { ranking: Pick<KeptRanking, "isOutOfDate" | "rerank"> }) {
  const { t } = useTranslation("plan");
  const [hasReranked, setHasReranked] = useState(false);
  const focusAfterRender = useFocusAfterRender();
  const message = ranking.isOutOfDate ? t("rerank.outOfDate") : hasReranked ? t("rerank.done") : "";
  return (
    <div className="rerank">
      <p role="status" className="rerank-status">
        {message}
      </p>
      {ranking.isOutOfDate && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            ranking.rerank();
            setHasReranked(true);
            // The button goes with the stale order: focus goes to the list's heading, above the new order.
            focusAfterRender(SECTION_HEADINGS.suggestions);
          }}
        >
          {t("rerank.button")}
        </button>
      )}
    </div>
  );
}
