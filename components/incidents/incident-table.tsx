import { Link } from "@/components/ui/link";
import { StatusBadge } from "@/components/incidents/status-badge";
import { LocalTime } from "@/components/ui/local-time";
import { TableScroll } from "@/components/ui/table-scroll";
import type { IncidentListRow } from "@/lib/data/incidents/find-incidents";
import { formatCount, formatPositionCell } from "@/components/incidents/format";

const CAPTION = "Incidents, newest first";

/**
 * On a phone each row shows as a card (app/styles/tables.css). The roles are spelled out because some
 * browsers stop announcing a table once its rows are laid out as cards.
 */
export function IncidentTable({ rows }: { rows: IncidentListRow[] }) {
  if (rows.length === 0)
    return (
      <p className="empty card">
        No incidents match these filters. Incidents your organization records or partners on appear here; drafts and archived
        ones only when their status is chosen.
      </p>
    );
  return (
    <TableScroll label={CAPTION}>
      <table className="incident-table" role="table">
        <caption className="visually-hidden">{CAPTION}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">Reference</th>
            <th role="columnheader" scope="col">Occurred at</th>
            <th role="columnheader" scope="col">Vessel</th>
            <th role="columnheader" scope="col">Position</th>
            <th role="columnheader" scope="col" className="num">Rescued</th>
            <th role="columnheader" scope="col" className="num">Dead</th>
            <th role="columnheader" scope="col" className="num">Missing</th>
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
