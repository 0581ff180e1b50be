import { formatPosition } from "@/lib/geo/format-position";
import { landPath, project, sarRegionPaths, viewAround } from "@/lib/geo/map-view";

const WIDTH = 360;

/** A small offline map of one position: bundled land polygons and SAR-region outlines, no tiles. */
export function PositionMap({ latitude, longitude, distanceToCoastNm }: { latitude: number; longitude: number; distanceToCoastNm: number | null }) {
  const radiusNm = Math.min(300, Math.max(40, (distanceToCoastNm ?? 40) * 2.5));
  const view = viewAround(latitude, longitude, radiusNm, WIDTH);
  const [x, y] = project(view, longitude, latitude);
  const scaleNm = radiusNm >= 100 ? 50 : 20;
  const scalePx = (scaleNm / (2 * radiusNm)) * WIDTH;
  const label = `Map of the position ${formatPosition(latitude, longitude)}${distanceToCoastNm === null ? "" : `, ${distanceToCoastNm.toFixed(1)} nautical miles from the nearest coast`}.`;
  return (
    <figure className="position-map">
      <svg viewBox={`0 0 ${view.width} ${view.height}`} role="img" aria-label={label}>
        <rect width={view.width} height={view.height} className="map-sea" />
        <path d={landPath(view)} className="map-land" />
        {sarRegionPaths(view).map((region) => (
          <path key={region.name} d={region.d} className="map-sar">
            <title>{`${region.name} SAR region`}</title>
          </path>
        ))}
        <circle cx={x} cy={y} r={5} className="map-marker" />
        <line x1={10} x2={10 + scalePx} y1={view.height - 12} y2={view.height - 12} className="map-scale" />
        <text x={10} y={view.height - 18} className="map-scale-label">{scaleNm} nm</text>
      </svg>
      <figcaption className="muted">Land: Natural Earth; dashed: IMO SAR regions.</figcaption>
    </figure>
  );
}
