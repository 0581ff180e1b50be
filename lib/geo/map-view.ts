import { geoMercator, geoPath, type GeoProjection } from "d3-geo";
import type { Geometry, MultiLineString, Polygon, MultiPolygon } from "geojson";
import land from "./data/land.json";
import regions from "./data/sar-regions.json";

// Web Mercator maps of the bundled data, drawn as SVG paths by d3-geo: offline, no tile server. The
// projection is clipped to the view, so a small map carries only the coastline it shows.
export type MapView = { west: number; south: number; east: number; north: number; width: number; height: number };
type Bounds = Omit<MapView, "width" | "height">;

const NM_PER_DEGREE_LAT = 60;
const RADIANS = Math.PI / 180;
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * RADIANS) / 2));

/** A view centred on a point, radiusNm to each side, with the height that keeps the map undistorted. */
export function viewAround(lat: number, lon: number, radiusNm: number, width: number): MapView {
  const dLat = radiusNm / NM_PER_DEGREE_LAT;
  const dLon = dLat / Math.cos(lat * RADIANS);
  return viewOf({ west: lon - dLon, south: lat - dLat, east: lon + dLon, north: lat + dLat }, width);
}

export function viewOf(bounds: Bounds, width: number): MapView {
  const xSpan = (bounds.east - bounds.west) * RADIANS;
  const ySpan = mercatorY(bounds.north) - mercatorY(bounds.south);
  return { ...bounds, width, height: Math.round((width * ySpan) / xSpan) };
}

/**
 * The smallest view around every point with a margin of marginNm (at least minRadiusNm to each side of
 * the centre), so that a whole track fits.
 */
export function viewFitting(points: readonly (readonly [lon: number, lat: number])[], width: number, marginNm: number, minRadiusNm: number): MapView {
  const lons = points.map(([lon]) => lon);
  const lats = points.map(([, lat]) => lat);
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const cosLat = Math.cos(((south + north) / 2) * RADIANS);
  const halfNm = Math.max(minRadiusNm, ((north - south) * NM_PER_DEGREE_LAT) / 2 + marginNm, ((east - west) * NM_PER_DEGREE_LAT * cosLat) / 2 + marginNm);
  return viewAround((south + north) / 2, (west + east) / 2, halfNm, width);
}

// A map projects many points (the dashboard's circles) on one view: its projection is made once.
const projections = new WeakMap<MapView, GeoProjection>();

/** Mercator scaled and translated so that the view's corners meet the drawing's, clipped to it. */
function projectionOf(view: MapView): GeoProjection {
  const made = projections.get(view);
  if (made) return made;
  const scale = view.width / ((view.east - view.west) * RADIANS);
  const projection = geoMercator()
    .scale(scale)
    .translate([-scale * view.west * RADIANS, scale * mercatorY(view.north)])
    // No resampling: edges stay straight on the map, as rhumb lines, like the SAR regions' boundaries.
    .precision(0)
    .clipExtent([[0, 0], [view.width, view.height]]);
  projections.set(view, projection);
  return projection;
}

const pathOf = (view: MapView) => geoPath(projectionOf(view)).digits(1);

export function project(view: MapView, lon: number, lat: number): [number, number] {
  const [x, y] = projectionOf(view)([lon, lat])!;
  // "+ 0" turns -0 into 0.
  return [Math.round(x * 10) / 10 + 0, Math.round(y * 10) / 10 + 0];
}

const landGeometries = (land.features as { geometry: Geometry }[]).map((f) => f.geometry);

/** One SVG path of all land within the view (empty when the view is open sea). */
export function landPath(view: MapView): string {
  const path = pathOf(view);
  return landGeometries.map((geometry) => path(geometry) ?? "").join("");
}

// Outlines, not areas: a clipped area would also draw the view's border where the region goes on.
function outline(geometry: Polygon | MultiPolygon): MultiLineString {
  const rings = geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
  return { type: "MultiLineString", coordinates: rings };
}

const regionOutlines = (regions.features as { properties: { name: string }; geometry: Polygon | MultiPolygon }[])
  .map((f) => ({ name: f.properties.name, outline: outline(f.geometry) }));

/** The search-and-rescue region outlines that reach into the view. */
export function sarRegionPaths(view: MapView): { name: string; d: string }[] {
  const path = pathOf(view);
  return regionOutlines.map((region) => ({ name: region.name, d: path(region.outline) ?? "" })).filter((region) => region.d);
}

/** A line through the points in the given order, clipped to the view (empty with fewer than two points). */
export function linePath(view: MapView, points: readonly (readonly [lon: number, lat: number])[]): string {
  if (points.length < 2) return "";
  return pathOf(view)({ type: "LineString", coordinates: points.map(([lon, lat]) => [lon, lat]) }) ?? "";
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
