import land from "./data/land.json";
import regions from "./data/sar-regions.json";

// Web Mercator maps of the bundled data, drawn as SVG paths: offline, no tile server.
export type MapView = { west: number; south: number; east: number; north: number; width: number; height: number };
type Ring = number[][];
type Geometry = { type: string; coordinates: unknown };

const NM_PER_DEGREE_LAT = 60;
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** A view centred on a point, radiusNm to each side, with the height that keeps the map undistorted. */
export function viewAround(lat: number, lon: number, radiusNm: number, width: number): MapView {
  const dLat = radiusNm / NM_PER_DEGREE_LAT;
  const dLon = dLat / Math.cos((lat * Math.PI) / 180);
  return viewOf({ west: lon - dLon, south: lat - dLat, east: lon + dLon, north: lat + dLat }, width);
}

export function viewOf(bounds: Omit<MapView, "width" | "height">, width: number): MapView {
  const xSpan = ((bounds.east - bounds.west) * Math.PI) / 180;
  const ySpan = mercatorY(bounds.north) - mercatorY(bounds.south);
  return { ...bounds, width, height: Math.round((width * ySpan) / xSpan) };
}

export function project(view: MapView, lon: number, lat: number): [number, number] {
  const x = ((lon - view.west) / (view.east - view.west)) * view.width;
  const y = ((mercatorY(view.north) - mercatorY(lat)) / (mercatorY(view.north) - mercatorY(view.south))) * view.height;
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

function ringsOf(geometry: Geometry): Ring[] {
  if (geometry.type === "Polygon") return geometry.coordinates as Ring[];
  if (geometry.type === "MultiPolygon") return (geometry.coordinates as Ring[][]).flat();
  return [];
}

function intersects(ring: Ring, view: MapView) {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of ring) {
    west = Math.min(west, lon); east = Math.max(east, lon); south = Math.min(south, lat); north = Math.max(north, lat);
  }
  return east >= view.west && west <= view.east && north >= view.south && south <= view.north;
}

function pathOf(view: MapView, rings: Ring[]) {
  return rings
    .filter((ring) => intersects(ring, view))
    .map((ring) => `M${ring.map(([lon, lat]) => project(view, lon, lat).join(",")).join("L")}Z`)
    .join("");
}

/** One SVG path of all land within the view (empty when the view is open sea). */
export function landPath(view: MapView): string {
  return pathOf(view, (land.features as { geometry: Geometry }[]).flatMap((f) => ringsOf(f.geometry)));
}

/** The search-and-rescue region outlines that reach into the view. */
export function sarRegionPaths(view: MapView): { name: string; d: string }[] {
  return (regions.features as { properties: { name: string }; geometry: Geometry }[])
    .map((f) => ({ name: f.properties.name, d: pathOf(view, ringsOf(f.geometry)) }))
    .filter((region) => region.d);
}

/**
 * Sea, land and SAR-region outlines as a standalone SVG document, for a map whose background is the same
 * on every page: the browser fetches it once instead of receiving it inside each page. A file cannot use
 * the page's CSS: the paint repeats .map-sea, .map-land and .map-sar of app/globals.css.
 */
export function backgroundSvg(view: MapView): string {
  const regions = sarRegionPaths(view).map((region) => `<path d="${region.d}" fill="none" stroke="#1e3a8a" stroke-width=".8" stroke-dasharray="4 3"/>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${view.width} ${view.height}" width="${view.width}" height="${view.height}">`,
    `<rect width="${view.width}" height="${view.height}" fill="#dbeafe"/>`,
    `<path d="${landPath(view)}" fill="#e7e0cf" stroke="#a8a08a" stroke-width=".6"/>`,
    ...regions,
    "</svg>",
  ].join("\n");
}
