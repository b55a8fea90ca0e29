import { useTranslation } from "react-i18next";
import { type PlanSection, SECTION_HEADINGS } from "./section-ids";

/** Each link reads as its section's heading. */
const HEADING_KEYS = {
  priorities: "top.heading",
  suggestions: "all.heading",
  actions: "actions.heading",
} as const;

/**
 * In-page links to the plan's sections. Buttons, not href="#…": the hash holds the route (as the skip link
 * in app.tsx). Focusing the heading scrolls to it and starts reading and tabbing there.
 */
export function PlanContents({ sections }: { sections: readonly PlanSection[] }) {
  const { t } = useTranslation("plan");
  return (
    <nav aria-label={t("contents.label")} className="plan-contents">
      <ul>
        {sections.map((section) => (
          <li key={section}>
            <button
              type="button"
              className="link-button"
              onClick={() => document.getElementById(SECTION_HEADINGS[section])?.focus()}
            >
              {t(HEADING_KEYS[section])}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
