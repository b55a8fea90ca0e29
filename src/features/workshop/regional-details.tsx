import { memo, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { assessedMunicipalityName } from "../../domain/municipalities";
import {
  type Alignment,
  itemDistributions,
  type MemberRow,
  MIN_GROUP_SIZE,
  themeDistributions,
  whoHasInPlace,
} from "../../domain/regional";
import type { Workshop } from "../../domain/workshop";
import { useAppStore } from "../../store/app-store";
import { TitledSection } from "../../ui/titled-section";
import { CsvExports } from "./csv-exports";
import { Heatmap } from "./heatmap";
import { HighlightPicker } from "./highlight-picker";
import { HighlightSection } from "./highlight-section";
import { ItemDistributionTable } from "./item-distribution-table";
import { sortRows } from "./member-sort";
import { PerspectiveLinks } from "./perspective-links";
import { ThemeDistributionTable } from "./theme-distribution-table";
import { TooFew } from "./too-few";
import { WhoHasInPlace } from "./who-has-in-place";

interface RegionalDetailsProps {
  workshop: Workshop;
  alignment: Alignment;
  numbers: ReadonlyMap<string, string>;
  /** The members shown, after the filters. */
  rows: readonly MemberRow[];
}

/**
 * Everything under the table: distributions with a highlighted member, the heatmap, who has each item in
 * place, the perspectives and the CSV. Aggregates are computed once per member set.
 */
export const RegionalDetails = memo(function RegionalDetails({
  workshop,
  alignment,
  numbers,
  rows,
}: RegionalDetailsProps) {
  const { t } = useTranslation("workshop");
  const language = useAppStore((state) => state.language);
  const [highlightId, setHighlightId] = useState<string | null>(null);
  const { basis } = alignment;
  const shown = useMemo(() => rows.map((row) => row.assessment), [rows]);
  const themes = useMemo(() => themeDistributions(rows), [rows]);
  const items = useMemo(() => itemDistributions(alignment, shown), [alignment, shown]);
  const inPlace = useMemo(() => whoHasInPlace(alignment, shown, language), [alignment, shown, language]);
  const byName = useMemo(
    () => sortRows(rows, { column: "municipality", isDescending: false }, language),
    [rows, language],
  );
  const highlight = rows.find((row) => row.assessment.id === highlightId) ?? null;
  const highlightName = highlight && assessedMunicipalityName(highlight.assessment.meta, language);
  return (
    <>
      <TitledSection className="workshop-section" title={t("distribution.heading")}>
        <HighlightPicker rows={byName} value={highlightId} onChange={setHighlightId} />
        {rows.length < MIN_GROUP_SIZE ? (
          <TooFew count={rows.length} />
        ) : (
          <>
            <ThemeDistributionTable
              basis={basis}
              distributions={themes}
              highlight={highlight}
              highlightName={highlightName}
            />
            {highlight && highlightName && (
              <HighlightSection
                basis={basis}
                highlight={highlight}
                highlightName={highlightName}
                themes={themes}
              />
            )}
            {basis.themes.map((theme) => (
              <ItemDistributionTable
                key={theme.id}
                theme={theme}
                numbers={numbers}
                distributions={items.filter((item) => item.themeId === theme.id)}
                highlight={highlight?.assessment ?? null}
                highlightName={highlightName}
              />
            ))}
          </>
        )}
      </TitledSection>
      <TitledSection className="workshop-section" title={t("heatmap.heading")}>
        <p>{t("heatmap.intro")}</p>
        <Heatmap basis={basis} numbers={numbers} rows={byName} />
      </TitledSection>
      <TitledSection className="workshop-section" title={t("who.heading")}>
        <WhoHasInPlace basis={basis} numbers={numbers} inPlace={inPlace} />
      </TitledSection>
      <TitledSection className="workshop-section" title={t("perspectives.heading")}>
        <PerspectiveLinks workshopId={workshop.id} members={shown} />
      </TitledSection>
      <TitledSection className="workshop-section" title={t("csv.heading")}>
        <CsvExports workshopName={workshop.name} alignment={alignment} members={shown} />
      </TitledSection>
    </>
  );
});
