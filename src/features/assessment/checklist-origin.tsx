import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Checklist } from "../../domain/checklist";
import { useAppStore } from "../../store/app-store";
import { useSourceName } from "../../ui/source-line";

/** The checklist's own description and sources; seed file names are for authors, never shown here. */
export function ChecklistOrigin({ checklist }: { checklist: Checklist }) {
  const { t } = useTranslation("assessment");
  const language = useAppStore((state) => state.language);
  const sourceName = useSourceName();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t("source.heading")}</h2>
      <h3>{checklist.title[language]}</h3>
      <p className="checklist-version">{t("source.version", { version: checklist.version })}</p>
      <p>{checklist.description[language]}</p>
      <h3>{t("source.sourcesHeading")}</h3>
      <ul>
        {checklist.sources.map((source) => (
          <li key={source.seed}>{sourceName(source)}</li>
        ))}
      </ul>
    </section>
  );
}
