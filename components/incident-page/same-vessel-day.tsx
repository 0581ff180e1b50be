import { Link } from "@/components/ui/link";
import { LocalTime } from "@/components/ui/local-time";
import type { SameVesselIncident } from "@/lib/data/incidents/same-vessel-day";
import { BOAT_TYPE_LABELS } from "@/lib/labels";

function summary(row: SameVesselIncident) {
  const kind = row.boatType && BOAT_TYPE_LABELS[row.boatType].toLowerCase().replace(/ boat$/, "");
  const boat = kind ? ` from ${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind} boat` : "";
  const rescued = row.rescued === null ? "rescued: unknown" : `${row.rescued.toLocaleString("en")} rescued${boat}`;
  const dead = row.dead ? `, ${row.dead} dead` : "";
  return `${rescued}${dead}`;
}

/** Other rescues by the same vessel within 24 hours: one crew, one day, several cases. */
export function SameVesselDay({ incidents, vesselName }: { incidents: SameVesselIncident[]; vesselName?: string }) {
  if (incidents.length === 0) return null;
  return (
    <section aria-labelledby="same-day-heading" className="card">
      <h2 id="same-day-heading">Also that day ({vesselName})</h2>
      <ul className="plain-list">
        {incidents.map((row) => (
          <li key={row.id}>
            <Link href={`/incidents/${row.id}`}>{row.reference}</Link> · <LocalTime value={row.occurredAt} /> · {summary(row)}
          </li>
        ))}
      </ul>
    </section>
  );
}
