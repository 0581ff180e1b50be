import { Link } from "@/components/ui/link";
import type { IncidentFilters } from "@/lib/schemas/incident-filters";

type Sort = IncidentFilters["sort"];

/** What a click on a header sorts by: a second click on the date turns its order round. */
export type SortColumn = { sorts: readonly [Sort, ...Sort[]]; isNumeric?: boolean; isAscending?: (sort: Sort) => boolean };

/**
 * A column header that sorts the list by a link (no script needed; the sort key is no personal data).
 * On a phone the table is a list of cards with its headers hidden: the filters' Sort choice takes over,
 * and the link is left out so that the keyboard never lands on something unseen.
 */
export function SortHeader({ label, column, sort, hrefFor }: { label: string; column: SortColumn; sort: Sort; hrefFor: (sort: Sort) => string }) {
  const at = column.sorts.indexOf(sort);
  const isActive = at >= 0;
  const next = column.sorts[(at + 1) % column.sorts.length];
  const direction = isActive ? (column.isAscending?.(sort) ? "ascending" : "descending") : undefined;
  return (
    <th role="columnheader" scope="col" className={column.isNumeric ? "num" : undefined} aria-sort={direction}>
      <Link className="sort-link" href={hrefFor(next)}>
        {label}
        <span aria-hidden="true">{direction === "ascending" ? " ↑" : direction === "descending" ? " ↓" : " ↕"}</span>
      </Link>
      <span className="sort-label-narrow">{label}</span>
    </th>
  );
}
