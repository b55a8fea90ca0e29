/** A column header that sorts its table: a button inside, and aria-sort on the sorted column. */
export function SortHeader({
  label,
  direction,
  onSort,
}: {
  label: string;
  /** The sorted column's direction; null for the others. */
  direction: "ascending" | "descending" | null;
  onSort: () => void;
}) {
  return (
    <th scope="col" aria-sort={direction ?? undefined}>
      <button type="button" className="sort-button" onClick={onSort}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {direction === "descending" ? "▼" : direction === "ascending" ? "▲" : "↕"}
        </span>
      </button>
    </th>
  );
}
