import { memo, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Assessment } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import { itemNumbers } from "../../domain/item-numbers";
import {
  type Alignment,
  alignMembers,
  itemDistributions,
  MIN_GROUP_SIZE,
  memberRows,
  themeDistributions,
  whoHasInPlace,
} from "../../domain/regional";
import type { Workshop } from "../../domain/workshop";
import { useAppStore } from "../../store/app-store";
import { CsvExports } from "./csv-exports";
import { Heatmap } from "./heatmap";
import { HighlightPicker } from "./highlight-picker";
import { HighlightSection } from "./highlight-section";
import { ItemDistributionTable } from "./item-distribution-table";
import { filterRows, type Grouping, NO_FILTER } from "./member-filter";
import { MemberFilters } from "./member-filters";
import { memberName } from "./member-name";
import { sortRows } from "./member-sort";
import { MemberTable } from "./member-table";
import { NotComparable } from "./not-comparable";
import { PerspectiveLinks } from "./perspective-links";
import { Section } from "./section";
import { ThemeDistributionTable } from "./theme-distribution-table";
import { TooFew } from "./too-few";
import { WhoHasInPlace } from "./who-has-in-place";

const NO_CHECKLISTS: readonly Checklist[] = [];

/** The workshop's members side by side. Memoised: an import's progress never redraws it. */
export const RegionalView = memo(function RegionalView({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation("workshop");
  const checklists = useAppStore((state) => state.checklistRegistry?.checklists ?? NO_CHECKLISTS);
  const members = useMemo(() => workshop.members.map((member) => member.assessment), [workshop.members]);
  // One basis for the whole workshop, so the columns stay put while the filters change.
  const alignment = useMemo(() => alignMembers(members, checklists), [members, checklists]);
  if (members.length === 0) return <p>{t("view.empty")}</p>;
  if (alignment === null) return <p>{t("view.noChecklist")}</p>;
  return <AlignedView workshop={workshop} members={members} alignment={alignment} checklists={checklists} />;
});

interface AlignedViewProps {
  workshop: Workshop;
  members: readonly Assessment[];
  alignment: Alignment;
  checklists: readonly Checklist[];
}

function AlignedView({ workshop, members, alignment, checklists }: AlignedViewProps) {
  const { t } = useTranslation("workshop");
  const language = useAppStore((state) => state.language);
  const [filter, setFilter] = useState(NO_FILTER);
  const [grouping, setGrouping] = useState<Grouping>("none");
  const [highlightId, setHighlightId] = useState<string | null>(null);
  const { basis } = alignment;
  // Numbered as in the member's own checklist, even when the basis leaves items out.
  const numbers = useMemo(() => {
    const full = checklists.find(
      (checklist) => checklist.id === basis.id && checklist.version === basis.version,
    );
    return itemNumbers((full ?? basis).themes);
  }, [checklists, basis]);
  const allRows = useMemo(() => memberRows(alignment, members), [alignment, members]);
  const rows = useMemo(() => filterRows(allRows, filter), [allRows, filter]);
  const shown = useMemo(() => rows.map((row) => row.assessment), [rows]);
  const themes = useMemo(() => themeDistributions(rows), [rows]);
  const items = useMemo(() => itemDistributions(alignment, shown), [alignment, shown]);
  const inPlace = useMemo(() => whoHasInPlace(alignment, shown), [alignment, shown]);
  const byName = useMemo(
    () => sortRows(rows, { column: "municipality", isDescending: false }, language),
    [rows, language],
  );
  const highlight = rows.find((row) => row.assessment.id === highlightId) ?? null;
  const highlightName = highlight && memberName(highlight.assessment.meta, language);
  const isTooFew = rows.length < MIN_GROUP_SIZE;
  return (
    <>
      <NotComparable alignment={alignment} checklists={checklists} />
      <MemberFilters
        rows={allRows}
        filter={filter}
        onFilter={setFilter}
        grouping={grouping}
        onGrouping={setGrouping}
        shown={rows.length}
      />
      <Section title={t("table.heading")}>
        <MemberTable workshopId={workshop.id} basis={basis} rows={rows} grouping={grouping} />
      </Section>
      <Section title={t("distribution.heading")}>
        <HighlightPicker rows={byName} value={highlightId} onChange={setHighlightId} />
        {isTooFew ? (
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
      </Section>
      <Section title={t("heatmap.heading")}>
        <p>{t("heatmap.intro")}</p>
        <Heatmap basis={basis} numbers={numbers} rows={byName} />
      </Section>
      <Section title={t("who.heading")}>
        <WhoHasInPlace basis={basis} numbers={numbers} inPlace={inPlace} />
      </Section>
      <Section title={t("perspectives.heading")}>
        <PerspectiveLinks workshopId={workshop.id} members={shown} />
      </Section>
      <Section title={t("csv.heading")}>
        <CsvExports workshopName={workshop.name} alignment={alignment} members={shown} />
      </Section>
    </>
  );
}
