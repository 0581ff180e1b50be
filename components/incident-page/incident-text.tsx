import type { IncidentDetail } from "@/lib/data/incidents/get-incident";
import { SOURCE_QUALITY_LABELS } from "@/lib/schemas/incident-vocabulary";
import { Definition } from "./definition";

export function IncidentText({ incident }: { incident: IncidentDetail }) {
  const quality = incident.sourceQuality as keyof typeof SOURCE_QUALITY_LABELS | null;
  return (
    <section aria-labelledby="coordination-heading" className="card">
      <h2 id="coordination-heading">Coordination, narrative and source</h2>
      <dl className="definitions">
        <Definition term="Coordinating authority">{incident.coordinatingAuthority}</Definition>
        <Definition term="Disembarkation port">{incident.disembarkationPort}</Definition>
        <Definition term="Sea state">{incident.seaState}</Definition>
        <Definition term="Source">{incident.source}</Definition>
        <Definition term="Source quality">{quality && SOURCE_QUALITY_LABELS[quality]}</Definition>
      </dl>
      <h3>Narrative</h3>
      {incident.narrative ? <p className="narrative">{incident.narrative}</p> : <p className="muted">No narrative yet.</p>}
    </section>
  );
}
