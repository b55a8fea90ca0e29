import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Checklist } from "../../domain/checklist";
import { CALENDAR_TEMPLATE_SOURCES } from "../../domain/plan";
import { SourceLine } from "../../ui/source-line";

const SEEDS = [...new Set(Object.values(CALENDAR_TEMPLATE_SOURCES).flat())];

/** The seed facts behind the default events, and the sources by title. */
export function ClockBasis({ checklist }: { checklist: Checklist | null }) {
  const { t } = useTranslation("annualClock");
  const headingId = useId();
  const seeds = SEEDS.filter((seed) => checklist?.sources.some((source) => source.seed === seed));
  return (
    <section aria-labelledby={headingId} className="panel clock-basis">
      <h2 id={headingId}>{t("basis.heading")}</h2>
      <ul>
        <li>{t("basis.evenings")}</li>
        <li>{t("basis.autumn")}</li>
        <li>{t("basis.wellbeing")}</li>
      </ul>
      <p>{t("basis.months")}</p>
      {checklist && seeds.length > 0 && (
        <>
          <p className="clock-sources-label">{t("basis.sources")}</p>
          <ul className="clock-sources">
            {seeds.map((seed) => (
              <li key={seed}>
                <SourceLine checklist={checklist} seed={seed} isBare />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
