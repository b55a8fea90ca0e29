import { memo, useDeferredValue, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Assessment } from "../../domain/assessment";
import type { Checklist } from "../../domain/checklist";
import { type Alignment, alignMembers, type MemberRow, memberRows } from "../../domain/regional";
import type { Workshop } from "../../domain/workshop";
import { useAppStore } from "../../store/app-store";
import { TitledSection } from "../../ui/titled-section";
import { filterRows, type Grouping, NO_FILTER } from "./member-filter";
import { MemberFilters } from "./member-filters";
import { MemberTable } from "./member-table";
import { NotComparable } from "./not-comparable";
import { RegionalDetails } from "./regional-details";

const NO_CHECKLISTS: readonly Checklist[] = [];
const NO_ROWS: readonly MemberRow[] = [];

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
  const [filter, setFilter] = useState(NO_FILTER);
  const [grouping, setGrouping] = useState<Grouping>("none");
  const { basis } = alignment;
  const { numbers } = alignment;
  const allRows = useMemo(() => memberRows(alignment, members), [alignment, members]);
  const rows = useMemo(() => filterRows(allRows, filter), [allRows, filter]);
  // The table draws first; the sections below follow in a render React may interrupt, so a big import
  // never shows its table in one long task with everything under it.
  const deferredRows = useDeferredValue(rows, NO_ROWS);
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
      <TitledSection className="workshop-section" title={t("table.heading")}>
        <MemberTable workshopId={workshop.id} basis={basis} rows={rows} grouping={grouping} />
      </TitledSection>
      {/* Once shown, it stays (with its highlight) and catches up with the filters a moment later. */}
      {deferredRows !== NO_ROWS && (
        <RegionalDetails workshop={workshop} alignment={alignment} numbers={numbers} rows={deferredRows} />
      )}
    </>
  );
}
