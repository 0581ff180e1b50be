import { useFormatter, useTranslations } from "next-intl";
import { LocalTime } from "@/components/ui/local-time";
import { formatPosition } from "@/lib/geo/format-position";
import { landPath, linePath, type MapView, project, sarRegionPaths, viewAround, viewFitting } from "@/lib/geo/map-view";
import { firstIndication, type TrackVertex } from "@/lib/track/build-track";

const WIDTH = 360;
const SCALES_NM = [1, 2, 5, 10, 20, 50, 100, 200];

type Props = {
  /** The case's own position: where the rescue happened. */
  rescue: { latitude: number; longitude: number } | null;
  distanceToCoastNm: number | null;
  track: readonly TrackVertex[];
};

// A track of two or more positions fills the map; a lone position is shown with its nearest coast.
function viewOf({ rescue, distanceToCoastNm, track }: Props): MapView {
  const points = [...track.map((v) => [v.longitude, v.latitude] as const), ...(rescue ? [[rescue.longitude, rescue.latitude] as const] : [])];
  if (track.length >= 2) return viewFitting(points, WIDTH, 1.5, 3);
  const [lon, lat] = points[0];
  return viewAround(lat, lon, Math.min(300, Math.max(40, (distanceToCoastNm ?? 40) * 2.5)), WIDTH);
}

function ScaleBar({ view }: { view: MapView }) {
  const t = useTranslations("caseMap");
  const widthNm = (view.east - view.west) * 60 * Math.cos((((view.north + view.south) / 2) * Math.PI) / 180);
  const scaleNm = SCALES_NM.filter((nm) => nm <= widthNm / 4).at(-1) ?? SCALES_NM[0];
  const scalePx = (scaleNm / widthNm) * view.width;
  return (
    <>
      <line x1={10} x2={10 + scalePx} y1={view.height - 12} y2={view.height - 12} className="map-scale" />
      <text x={10} y={view.height - 18} className="map-scale-label">{t("scale", { scale: scaleNm })}</text>
    </>
  );
}

function Legend({ hasRescue, first, track }: { hasRescue: boolean; first: TrackVertex | null; track: readonly TrackVertex[] }) {
  const t = useTranslations("caseMap");
  return (
    <ul className="map-legend" aria-label={t("legend")}>
      {hasRescue && <li><svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5" className="map-marker" /></svg>{t("rescue")}</li>}
      {first && <li><svg width="14" height="14" aria-hidden="true"><rect x="2" y="2" width="10" height="10" className="map-first" /></svg>{t("firstIndication", { isAlert: first.type === "ALERT_RECEIVED" ? "yes" : "no" })}</li>}
      {track.length >= 2 && <li><svg width="22" height="14" aria-hidden="true"><line x1="1" x2="21" y1="7" y2="7" className="map-track" /><circle cx="11" cy="7" r="3" className="map-track-point" /></svg>{t("track")}</li>}
    </ul>
  );
}

/** The case on a small offline map: its track as a line through its positions, the first indication and the rescue marked. */
export function CaseMap(props: Props) {
  const t = useTranslations("caseMap");
  const tVocab = useTranslations("vocab");
  const format = useFormatter();
  const { rescue, track, distanceToCoastNm } = props;
  if (!rescue && track.length === 0) return null;
  const view = viewOf(props);
  const first = firstIndication(track);
  const at = (lon: number, lat: number) => project(view, lon, lat);
  const line = linePath(view, track.map((v) => [v.longitude, v.latitude]));
  const [fx, fy] = first ? at(first.longitude, first.latitude) : [0, 0];
  const [rx, ry] = rescue ? at(rescue.longitude, rescue.latitude) : [0, 0];
  const label = t("label", {
    rescue: rescue ? formatPosition(rescue.latitude, rescue.longitude) : "none",
    distance: distanceToCoastNm === null ? "none" : format.number(distanceToCoastNm, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    points: track.length,
  });
  const what = (vertex: TrackVertex) => (vertex.type ? tVocab("eventType", { type: vertex.type }) : t("trackPoint"));
  return (
    <figure className="position-map">
      <svg viewBox={`0 0 ${view.width} ${view.height}`} role="img" aria-label={label}>
        <rect width={view.width} height={view.height} className="map-sea" />
        <path d={landPath(view)} className="map-land" />
        {sarRegionPaths(view).map((region) => <path key={region.name} d={region.d} className="map-sar" />)}
        {line && <path d={line} className="map-track" />}
        {track.map((v) => {
          const [x, y] = at(v.longitude, v.latitude);
          return <circle key={v.id} cx={x} cy={y} r={3} className="map-track-point" />;
        })}
        {first && <rect x={fx - 5} y={fy - 5} width={10} height={10} className="map-first" />}
        {rescue && <circle cx={rx} cy={ry} r={5} className="map-marker" />}
        <ScaleBar view={view} />
      </svg>
      <figcaption>
        <Legend hasRescue={rescue !== null} first={first} track={track} />
        {track.length > 0 && (
          <ol className="map-track-list" aria-label={t("trackList")}>
            {track.map((v) => (
              <li key={v.id}><LocalTime value={v.occurredAt} />: {v === first ? t("firstPoint", { what: what(v) }) : what(v)}, <bdi>{formatPosition(v.latitude, v.longitude)}</bdi></li>
            ))}
          </ol>
        )}
        <span className="muted">{t("credit")}</span>
      </figcaption>
    </figure>
  );
}
