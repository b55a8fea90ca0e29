import { useTranslation } from "react-i18next";
import { FULL_LEVEL } from "../../domain/level";
import type { Suggestion } from "../../domain/suggestions";
import { useAppStore } from "../../store/app-store";
import { SECTION_HEADINGS } from "./section-ids";
import { NowAndTarget, PriorityFigure } from "./suggestion-figures";

/**
 * The few items worth most, as a summary to take to the board; the full cards follow below. `top` is as
 * last ranked (see useKeptRanking), with today's figures.
 */
export function TopPriorities({ top }: { top: readonly Suggestion[] }) {
  const { t } = useTranslation("plan");
  const { t: tCommon } = useTranslation();
  const language = useAppStore((state) => state.language);
  const headingId = SECTION_HEADINGS.priorities;
  return (
    <section aria-labelledby={headingId} className="plan-section top-priorities">
      <h2 id={headingId} tabIndex={-1}>
        {t("top.heading")}
      </h2>
      {top.length === 0 ? (
        <p>{t("top.none")}</p>
      ) : (
        <>
          <p>{t("top.intro")}</p>
          <ol className="top-list">
            {top.map((suggestion) => (
              <li key={suggestion.item.id}>
                <p className="top-item">{suggestion.item.text[language]}</p>
                <p className="suggestion-meta">
                  {t("suggestion.theme", { theme: suggestion.theme.title[language] })}
                </p>
                <div className="suggestion-figures">
                  <NowAndTarget suggestion={suggestion} />
                  <PriorityFigure suggestion={suggestion} />
                </div>
                <p className="top-proposal">{suggestion.item.suggestion[language]}</p>
              </li>
            ))}
          </ol>
        </>
      )}
      <p className="priority-how">{t("priority.howTo")}</p>
      <p className="priority-how">
        {t("priority.targetRule", { full: tCommon(`answer.level${FULL_LEVEL}`) })}
      </p>
    </section>
  );
}
