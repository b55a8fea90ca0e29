import { useState } from "react";
import { useFocusAfterRender } from "../../ui/use-focus-after-render";

interface RerankNoticeProps {
  isOutOfDate: boolean;
  rerank: () => void;
  texts: { outOfDate: string; done: string; button: string };
  /** The heading above the list: focus goes there once the stale order and its button are gone. */
  headingId: string;
}

/**
 * Says when a change would reorder a list, and reorders it only when asked. The status line is always in
 * the page, so a screen reader hears it change (politely, once) without losing its place.
 */
export function RerankNotice({ isOutOfDate, rerank, texts, headingId }: RerankNoticeProps) {
  const [hasReranked, setHasReranked] = useState(false);
  const focusAfterRender = useFocusAfterRender();
  const message = isOutOfDate ? texts.outOfDate : hasReranked ? texts.done : "";
  return (
    <div className="rerank">
      <p role="status" className="rerank-status">
        {message}
      </p>
      {isOutOfDate && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            rerank();
            setHasReranked(true);
            focusAfterRender(headingId);
          }}
        >
          {texts.button}
        </button>
      )}
    </div>
  );
}
