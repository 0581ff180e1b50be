import { Link } from "@/components/ui/link";
import { StatusBadge } from "@/components/incidents/status-badge";
import { LocalTime } from "@/components/ui/local-time";
import { TableScroll } from "@/components/ui/table-scroll";
import type { IncidentListRow } from "@/lib/data/incidents/find-incidents";
import { formatCount, formatPositionCell } from "@/components/incidents/format";
import { SortHeader, type SortColumn } from "@/components/incidents/sort-header";
import type { IncidentFilters } from "@/lib/schemas/incident-filters";

type Sort = IncidentFilters["sort"];

const CAPTIONS: Record<Sort, string> = {
  newest: "Incidents, newest first", oldest: "Incidents, oldest first", "most-rescued": "Incidents, most rescued first",
  "most-dead-missing": "Incidents, most dead and missing first", relevance: "Incidents, best match first",
};
const COLUMNS = {
  when: { label: "Occurred at", sorts: ["newest", "oldest"], isAscending: (sort) => sort === "oldest" },
  rescued: { label: "Rescued", sorts: ["most-rescued"], isNumeric: true },
  dead: { label: "Dead", sorts: ["most-dead-missing"], isNumeric: true },
  missing: { label: "Missing", sorts: ["most-dead-missing"], isNumeric: true },
} satisfies Record<string, SortColumn>;

/**
 * On a phone each row shows as a card (app/styles/tables.css). The roles are spelled out because some
 * browsers stop announcing a table once its rows are laid out as cards.
 */
export function IncidentTable({ rows, sort, hrefForSort }: { rows: IncidentListRow[]; sort: Sort; hrefForSort: (sort: Sort) => string }) {
  if (rows.length === 0)
    return (
      <p className="empty card">
        No incidents match these filters. Incidents your organization records or partners on appear here; drafts and archived
        ones only when their status is chosen.
      </p>
    );
  return (
    <TableScroll label={CAPTIONS[sort]}>
      <table className="incident-table" role="table">
        <caption className="visually-hidden">{CAPTIONS[sort]} (the headers with arrows sort the list)</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">Reference</th>
            <SortHeader column={COLUMNS.when} sort={sort} hrefFor={hrefForSort} />
            <th role="columnheader" scope="col">Vessel</th>
            <th role="columnheader" scope="col">Position</th>
            <SortHeader column={COLUMNS.rescued} sort={sort} hrefFor={hrefForSort} />
            <SortHeader column={COLUMNS.dead} sort={sort} hrefFor={hrefForSort} />
            <SortHeader column={COLUMNS.missing} sort={sort} hrefFor={hrefForSort} />
            <th role="columnheader" scope="col">Status</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={row.id} role="row">
              <th role="rowheader" scope="row" data-cell="reference"><Link href={`/incidents/${row.id}`}>{row.reference}</Link></th>
              <td role="cell" data-cell="when"><LocalTime value={row.occurredAt} /></td>
              <td role="cell" data-cell="vessel">{row.vessel?.name ?? <span className="muted">—</span>}</td>
              <td role="cell" data-cell="position">{formatPositionCell(row)}</td>
              <td role="cell" data-cell="rescued" data-label="Rescued" className="num">{formatCount(row.rescued)}</td>
              <td role="cell" data-cell="dead" data-label="Dead" className="num">{formatCount(row.dead)}</td>
              <td role="cell" data-cell="missing" data-label="Missing" className="num">{formatCount(row.missing)}</td>
              <td role="cell" data-cell="status"><StatusBadge status={row.status} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
