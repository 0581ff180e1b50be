import { LocalTime } from "@/components/ui/local-time";
import { TableScroll } from "@/components/ui/table-scroll";
import { countryName } from "@/lib/countries";
import type { IncidentDetail } from "@/lib/data/incidents/get-incident";
import { INCIDENT_FIELD_LABELS as L } from "@/lib/schemas/incident-vocabulary";
import { count, Definition } from "./definition";

const GROUPS = ["women", "men", "children", "girls", "boys", "sexAgeUnknown"] as const;

/** Who was on board: by sex and age, by nationality, and where and when they left from. */
export function PeopleOnBoard({ incident }: { incident: IncidentDetail }) {
  const { nationalities } = incident;
  const known = nationalities.reduce((sum, row) => sum + row.count, 0);
  return (
    <section aria-labelledby="people-on-board-heading" className="card">
      <h2 id="people-on-board-heading">People on board</h2>
      <div className="incident-grid">
        <div>
          <h3>By sex and age</h3>
          <dl className="definitions">
            {GROUPS.map((field) => <Definition key={field} term={L[field]}>{count(incident[field])}</Definition>)}
          </dl>
          <h3>Departure</h3>
          <dl className="definitions">
            <Definition term={L.departurePlace}>{incident.departurePlace}</Definition>
            <Definition term={L.departedAt}>{incident.departedAt && <LocalTime value={incident.departedAt} />}</Definition>
          </dl>
        </div>
        <div>
          <h3>{L.nationalities}{nationalities.length > 0 && ` (${count(known)} people)`}</h3>
          {nationalities.length === 0 ? <p className="muted">None recorded.</p> : (
            <TableScroll label="Nationalities table">
              <table>
                <thead><tr><th scope="col">Country</th><th scope="col" className="num">People</th></tr></thead>
                <tbody>
                  {nationalities.map((row) => (
                    <tr key={row.country}><td>{countryName(row.country)} <span className="muted">({row.country})</span></td><td className="num">{count(row.count)}</td></tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </div>
      </div>
    </section>
  );
}
