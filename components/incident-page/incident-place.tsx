import { CaseMap } from "@/components/map/case-map";
import { LocalTime } from "@/components/ui/local-time";
import type { IncidentDetail } from "@/lib/data/incidents/get-incident";
import type { TrackVertex } from "@/lib/track/build-track";
import { Definition } from "./definition";

export function IncidentPlace({ incident, track }: { incident: IncidentDetail; track: readonly TrackVertex[] }) {
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
      <CaseMap rescue={incident.latitude !== null && incident.longitude !== null ? { latitude: incident.latitude, longitude: incident.longitude } : null}
        distanceToCoastNm={geography.distanceToCoastNm} track={track} />
    </section>
  );
}
