import { LocalTime } from "@/components/ui/local-time";
import type { IncidentDetail } from "@/lib/data/incidents/get-incident";
import { EVACUATION_MEANS_LABELS, INJURY_TYPE_LABELS, PARTNER_ROLE_LABELS, SEVERITY_LABELS } from "@/lib/labels";
import { TableScroll } from "@/components/ui/table-scroll";

const total = (rows: { count: number }[]) => rows.reduce((sum, row) => sum + row.count, 0);

export function IncidentRows({ incident }: { incident: IncidentDetail }) {
  const { injuries, evacuations, partners } = incident;
  return (
    <div className="incident-grid">
      <section aria-labelledby="injuries-heading" className="card">
        <h2 id="injuries-heading">Injuries{injuries.length > 0 && ` (${total(injuries)})`}</h2>
        {injuries.length === 0 ? <p className="muted">None recorded.</p> : (
          <TableScroll label="Injuries table">
            <table>
              <thead><tr><th scope="col">Injury type</th><th scope="col">Severity</th><th scope="col" className="num">Count</th></tr></thead>
              <tbody>
                {injuries.map((row) => (
                  <tr key={row.id}><td>{INJURY_TYPE_LABELS[row.type]}</td><td>{SEVERITY_LABELS[row.severity]}</td><td className="num">{row.count}</td></tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <section aria-labelledby="evacuations-heading" className="card">
        <h2 id="evacuations-heading">Evacuations{evacuations.length > 0 && ` (${total(evacuations)})`}</h2>
        {evacuations.length === 0 ? <p className="muted">None recorded.</p> : (
          <TableScroll label="Evacuations table">
            <table>
              <thead><tr><th scope="col" className="num">Count</th><th scope="col">Means</th><th scope="col">Destination</th><th scope="col">Time</th></tr></thead>
              <tbody>
                {evacuations.map((row) => (
                  <tr key={row.id}>
                    <td className="num">{row.count}</td><td>{EVACUATION_MEANS_LABELS[row.means]}</td><td>{row.destination ?? "—"}</td>
                    <td>{row.evacuatedAt ? <LocalTime value={row.evacuatedAt} /> : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <section aria-labelledby="partners-heading" className="card">
        <h2 id="partners-heading">Partners</h2>
        {partners.length === 0 ? <p className="muted">No partner organizations.</p> : (
          <ul className="plain-list">
            {partners.map((row) => (
              <li key={`${row.organization.id}-${row.role}`}>{row.organization.name} — {PARTNER_ROLE_LABELS[row.role]}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
