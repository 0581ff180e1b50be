import { AuditChanges } from "@/components/audit/audit-changes";
import { AUDIT_ACTION_LABELS, auditEntityLabel } from "@/components/audit/audit-labels";
import { LocalTime } from "@/components/ui/local-time";
import type { AuditEventRow } from "@/lib/data/audit-events";
import { TableScroll } from "@/components/ui/table-scroll";

export function AuditTable({ rows }: { rows: AuditEventRow[] }) {
  if (rows.length === 0) return <p className="empty card">No audit events match these filters.</p>;
  return (
    <TableScroll label="Audit events">
      <table className="audit-table">
        <caption className="visually-hidden">Audit events, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">About</th>
            <th scope="col">Changes</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td><LocalTime value={row.createdAt} /></td>
              <td>{row.actor ? <span title={row.actor.email}>{row.actor.name}</span> : <span className="muted">System or unknown</span>}</td>
              <td>{AUDIT_ACTION_LABELS[row.action]}</td>
              <td>
                {auditEntityLabel(row.entityType)}
                {row.entityLabel && <> · {row.entityLabel}</>}
              </td>
              <td className="wrap"><AuditChanges changes={row.changes} /></td>
              <td className="wrap">{row.reason ?? <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
