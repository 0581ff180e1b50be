import type { MapData, MapPoint } from "@/lib/data/dashboard/get-map-points";
import { CENTRAL_MEDITERRANEAN_BACKGROUND, CENTRAL_MEDITERRANEAN_VIEW as VIEW } from "@/lib/geo/central-mediterranean";
import { project } from "@/lib/geo/map-view";
import { formatDayTime, formatNumber } from "./format";
import { MapLegend, lossLevel } from "./map-legend";
import { MapPoints, type MapPointRow } from "./map-points";

/** Circle area ∝ people involved: radius ∝ its square root (a boat of 400 ≈ 14 px). */
const RADIUS_PER_ROOT = 0.7;
const MIN_RADIUS = 2.5;

const radius = (people: number) => Math.round(Math.max(MIN_RADIUS, Math.sqrt(people) * RADIUS_PER_ROOT) * 10) / 10;

const figure = (value: number | null, word: string) => `${value === null ? "unknown" : formatNumber(value)} ${word}`;

function describe(point: MapPoint) {
  return `${point.reference}, ${formatDayTime(point.occurredAt)}: ${figure(point.rescued, "rescued")}, ${figure(point.dead, "dead")}, ${figure(point.missing, "missing")}`;
}

function toRow(point: MapPoint): MapPointRow {
  const [x, y] = project(VIEW, point.longitude, point.latitude);
  return [point.id, describe(point), x, y, radius(point.people), lossLevel(point.deadMissing)];
}

function Summary({ map }: { map: MapData }) {
  const notDrawn = [
    map.incidents - map.positioned > 0 && `${formatNumber(map.incidents - map.positioned)} without a position`,
    map.positioned - map.inView > 0 && `${formatNumber(map.positioned - map.inView)} outside this area`,
  ].filter(Boolean);
  const shown = map.points.length < map.inView
    ? `Showing ${formatNumber(map.points.length)} of ${formatNumber(map.inView)} incidents in this area (those with the most people involved)`
    : `Showing ${formatNumber(map.points.length)} of ${formatNumber(map.incidents)} incidents`;
  return <p role="status">{`${shown}${notDrawn.length ? `; not on the map: ${notDrawn.join(", ")}` : ""}.`}</p>;
}

/** Incident positions on the bundled coastline; each circle is a link to its incident, reachable with Tab. */
export async function IncidentMap({ data }: { data: Promise<MapData> }) {
  const map = await data;
  return (
    <figure className="incident-map">
      <Summary map={map} />
      {/* Outside the drawing, whose text would shrink with it on a phone. */}
      {map.points.length === 0 && <p className="muted">No incidents with a position here match: widen the period or choose other statuses.</p>}
      <a className="skip-inline" href="#after-map">Skip the map&rsquo;s {formatNumber(map.points.length)} incident links</a>
      <svg viewBox={`0 0 ${VIEW.width} ${VIEW.height}`} aria-label="Map of incident positions in the central Mediterranean">
        <image href={CENTRAL_MEDITERRANEAN_BACKGROUND} width={VIEW.width} height={VIEW.height} aria-hidden="true" />
        <MapPoints rows={map.points.map(toRow)} />
      </svg>
      <figcaption id="after-map" tabIndex={-1}>
        <MapLegend />
        <span className="muted">Land: Natural Earth; dashed: IMO SAR regions. Select a circle to open its incident.</span>
      </figcaption>
    </figure>
  );
}
