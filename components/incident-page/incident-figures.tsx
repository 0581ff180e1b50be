import type { IncidentDetail } from "@/lib/data/incidents/get-incident";
import { BOAT_CONDITION_LABELS, BOAT_TYPE_LABELS, CAUSE_OF_DEATH_LABELS, VESSEL_KIND_LABELS } from "@/lib/labels";
import { count, Definition } from "./definition";

const sumOrNull = (...values: (number | null)[]) => (values.every((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v ?? 0), 0));

export function IncidentFigures({ incident }: { incident: IncidentDetail }) {
  const vessel = incident.vessel;
  return (
    <section aria-labelledby="figures-heading" className="card">
      <h2 id="figures-heading">Rescue</h2>
      <dl className="definitions">
        <Definition term="Rescuing vessel">{vessel ? `${vessel.name} (${VESSEL_KIND_LABELS[vessel.kind]}${vessel.flagState ? `, ${vessel.flagState}` : ""})` : "None"}</Definition>
        <Definition term="Boat type">{incident.boatType && BOAT_TYPE_LABELS[incident.boatType]}</Definition>
        <Definition term="Boat condition">{incident.boatConditions.map((c) => BOAT_CONDITION_LABELS[c]).join(", ")}</Definition>
        <Definition term="Estimated persons on board">{count(incident.personsOnBoard)}</Definition>
      </dl>
      <dl className="figures" aria-label="People">
        <div><dt>Persons rescued</dt><dd>{count(incident.rescued) ?? "?"}</dd></div>
        <div><dt>Dead</dt><dd>{count(incident.dead) ?? "?"}</dd></div>
        <div><dt>Missing</dt><dd>{count(incident.missing) ?? "?"}</dd></div>
        <div><dt>Dead + missing</dt><dd>{count(sumOrNull(incident.dead, incident.missing)) ?? "?"}</dd></div>
      </dl>
      <dl className="definitions">
        <Definition term="Causes of death">{incident.causesOfDeath.map((c) => CAUSE_OF_DEATH_LABELS[c]).join(", ")}</Definition>
        <Definition term="Unaccompanied minors">{count(incident.unaccompaniedMinors)}</Definition>
        <Definition term="Pregnant women">{count(incident.pregnantWomen)}</Definition>
        <Definition term="Infants">{count(incident.infants)}</Definition>
      </dl>
    </section>
  );
}
