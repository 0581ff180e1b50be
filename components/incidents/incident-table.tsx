import { Link } from "@/components/ui/link";
import { StatusBadge } from "@/components/incidents/status-badge";
import { LocalTime } from "@/components/ui/local-time";
import type { IncidentListRow } from "@/lib/data/incidents/find-incidents";
import { formatCount, formatPositionCell } from "@/components/incidents/format";

export function IncidentTable({ rows }: { rows: IncidentListRow[] }) {
  if (rows.length === 0)
    return (
      <p className="empty card">
        No incidents match these filters. Incidents your organization records or partners on appear here; drafts and archived
        ones only when their status is chosen.
      </p>
    );
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Incidents, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Occurred at</th>
            <th scope="col">Vessel</th>
            <th scope="col">Position</th>
            <th scope="col" className="num">Rescued</th>
            <th scope="col" className="num">Dead</th>
            <th scope="col" className="num">Missing</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row"><Link href={`/incidents/${row.id}`}>{row.reference}</Link></th>
              <td><LocalTime value={row.occurredAt} /></td>
              <td>{row.vessel?.name ?? <span className="muted">—</span>}</td>
              <td>{formatPositionCell(row)}</td>
              <td className="num">{formatCount(row.rescued)}</td>
              <td className="num">{formatCount(row.dead)}</td>
              <td className="num">{formatCount(row.missing)}</td>
              <td><StatusBadge status={row.status} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
