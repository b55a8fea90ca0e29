import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Assessment } from "../../domain/assessment";
import { slugify } from "../../domain/assessment-file";
import { gapCsv } from "../../domain/csv";
import { type PerceptionGaps, perceptionGaps } from "../../domain/perception-gap";
import { useAppStore } from "../../store/app-store";
import { useChecklistRegistry } from "../../store/checklists";
import { downloadTextFile } from "../../ui/download";
import { useGapLabels } from "./gap-labels";
import { ItemGapTable } from "./item-gap-table";
import { ThemeGapTable } from "./theme-gap-table";

function Summary({ gaps }: { gaps: PerceptionGaps }) {
  const { t } = useTranslation("perspectives");
  const flagged = gaps.items.filter((item) => item.isFlagged).length;
  const { notComparable } = gaps.alignment;
  return (
    <>
      <p>{t("gap.summary", { count: gaps.respondents })}</p>
      <p>{t("gap.flaggedCount", { count: flagged })}</p>
      <p>{t("gap.howToRead")}</p>
      {notComparable.length > 0 && <p>{t("gap.notComparable", { count: notComparable.length })}</p>}
    </>
  );
}

function CsvButton({ gaps, own }: { gaps: PerceptionGaps; own: Assessment }) {
  const { t } = useTranslation("perspectives");
  const language = useAppStore((state) => state.language);
  const download = () => {
    const name = [t("gap.csvWord"), own.meta.municipality, String(own.meta.year)].map(slugify);
    const fileName = `kumppanuuspeili-${name.filter((part) => part !== "").join("-")}.csv`;
    downloadTextFile(fileName, gapCsv(gaps, { language }), "text/csv;charset=utf-8");
  };
  return (
    <button type="button" className="button button-secondary" onClick={download}>
      {t("gap.csv")}
    </button>
  );
}

interface GapViewProps {
  /** The municipality's own assessment. */
  own: Assessment;
  /** The associations' assessments of the same municipality; shown only as medians and spreads. */
  others: readonly Assessment[];
}

/** Where the associations see the municipality differently from how it sees itself, theme by theme and item by item. */
export function GapView({ own, others }: GapViewProps) {
  const { t } = useTranslation("perspectives");
  const registry = useChecklistRegistry();
  const labels = useGapLabels();
  const headingId = useId();
  const gaps = useMemo(
    () => (others.length === 0 ? null : perceptionGaps(own, others, registry?.checklists ?? [])),
    [own, others, registry],
  );
  return (
    <section aria-labelledby={headingId} className="perspectives-gaps">
      <h2 id={headingId}>{t("gap.heading")}</h2>
      {others.length === 0 ? (
        <p>{t("gap.noAnswers")}</p>
      ) : gaps === null ? (
        <p>{t("gap.noChecklist")}</p>
      ) : (
        <>
          <Summary gaps={gaps} />
          <ThemeGapTable themes={gaps.themes} basis={gaps.alignment.basis} labels={labels} />
          <ItemGapTable items={gaps.items} alignment={gaps.alignment} labels={labels} />
          <CsvButton gaps={gaps} own={own} />
        </>
      )}
    </section>
  );
}
