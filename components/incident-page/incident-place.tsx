import { PositionMap } from "@/components/map/position-map";
import { LocalTime } from "@/components/ui/local-time";
import type { IncidentDetail } from "@/lib/data/incidents/get-incident";
import { Definition } from "./definition";

export function IncidentPlace({ incident }: { incident: IncidentDetail }) {
  const { geography } = incident;
  return (
    <section aria-labelledby="place-heading" className="card">
      <h2 id="place-heading">When and where</h2>
      <dl className="definitions">
        <Definition term="Occurred at"><LocalTime value={incident.occurredAt} /></Definition>
        <Definition term="Position">{incident.position}</Definition>
        {incident.positionText && incident.positionText !== incident.position && <Definition term="As entered">{incident.positionText}</Definition>}
        <Definition term="Distance to coast">{geography.distanceToCoastNm === null ? null : `${geography.distanceToCoastNm.toFixed(1)} nm`}</Definition>
        <Definition term="Nearest country">{geography.nearestCountry}</Definition>
        <Definition term="SAR region">{geography.sarRegions.length ? geography.sarRegions.join(", ") : "None"}</Definition>
        <Definition term="Region and route">{[incident.region, incident.route].filter(Boolean).join(" / ")}</Definition>
      </dl>
      {incident.latitude !== null && incident.longitude !== null && (
        <PositionMap latitude={incident.latitude} longitude={incident.longitude} distanceToCoastNm={geography.distanceToCoastNm} />
      )}
    </section>
  );
}
