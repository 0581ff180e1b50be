import land from "./data/land.json";
import { boundsOf, type Bounds, type Ring } from "./polygon";
import { unitVector } from "./sphere";

type LandCollection = {
  bbox: [number, number, number, number];
  features: { properties: { coast: [number, string | null][][] }; geometry: { coordinates: Ring[] } }[];
};

const data = land as unknown as LandCollection;

/** The box the bundled land was cut to (scripts/geo-data.ts). */
export const COVERAGE: Bounds = { west: data.bbox[0], south: data.bbox[1], east: data.bbox[2], north: data.bbox[3] };
export const landPolygons = data.features.map((f) => ({ rings: f.geometry.coordinates, bounds: boundsOf(f.geometry.coordinates) }));

export const CELL_DEGREES = 0.5;
const STRIDE = 15;
const cols = Math.ceil((COVERAGE.east - COVERAGE.west) / CELL_DEGREES);
const rows = Math.ceil((COVERAGE.north - COVERAGE.south) / CELL_DEGREES);

export const column = (lon: number) => clamp(Math.floor((lon - COVERAGE.west) / CELL_DEGREES), cols);
export const row = (lat: number) => clamp(Math.floor((lat - COVERAGE.south) / CELL_DEGREES), rows);
const clamp = (i: number, size: number) => Math.min(size - 1, Math.max(0, i));

/** Coast segments as great-circle arcs, with a uniform grid of 0.5° cells listing the segments whose
 * lon/lat box touches each cell. Per segment: endpoints a, b, the arc's pole n = a×b and the two
 * planes n×a and b×n that bound the arc, all unit 3-vectors. */
export type CoastIndex = {
  segments: Float64Array;
  owners: Uint16Array;
  countries: string[];
  cols: number;
  cellStart: Uint32Array;
  cellItems: Uint32Array;
};

let built: CoastIndex | undefined;
export const coastIndex = () => (built ??= buildIndex());

function buildIndex(): CoastIndex {
  const countries: string[] = [];
  const values: number[] = [];
  const owners: number[] = [];
  const cells: number[][] = Array.from({ length: cols * rows }, () => []);
  for (const { properties, geometry } of data.features) {
    geometry.coordinates.forEach((ring, r) => {
      const runs = properties.coast[r];
      for (let i = 0, run = 0; i + 1 < ring.length; i++) {
        while (run + 1 < runs.length && runs[run + 1][0] <= i) run++;
        const owner = runs[run][1];
        if (owner === null) continue;
        if (!countries.includes(owner)) countries.push(owner);
        const [[lon1, lat1], [lon2, lat2]] = [ring[i], ring[i + 1]];
        const a = unitVector(lat1, lon1);
        const b = unitVector(lat2, lon2);
        const n = normalize(cross(a, b));
        const segment = owners.push(countries.indexOf(owner)) - 1;
        values.push(...a, ...b, ...n, ...cross(n, a), ...cross(b, n));
        for (let y = row(Math.min(lat1, lat2)); y <= row(Math.max(lat1, lat2)); y++)
          for (let x = column(Math.min(lon1, lon2)); x <= column(Math.max(lon1, lon2)); x++) cells[y * cols + x].push(segment);
      }
    });
  }
  const cellStart = new Uint32Array(cells.length + 1);
  cells.forEach((items, i) => (cellStart[i + 1] = cellStart[i] + items.length));
  return {
    segments: Float64Array.from(values),
    owners: Uint16Array.from(owners),
    countries,
    cols,
    cellStart,
    cellItems: Uint32Array.from(cells.flat()),
  };
}

/** Angle (radians) from unit vector p to segment s: to the arc itself when p projects onto it,
 * otherwise to the nearer endpoint. */
export function angleToSegment(segments: Float64Array, s: number, px: number, py: number, pz: number) {
  const o = s * STRIDE;
  const g = segments;
  const isBetween = px * g[o + 9] + py * g[o + 10] + pz * g[o + 11] >= 0 && px * g[o + 12] + py * g[o + 13] + pz * g[o + 14] >= 0;
  if (isBetween) return Math.asin(Math.min(1, Math.abs(px * g[o + 6] + py * g[o + 7] + pz * g[o + 8])));
  const toA = Math.hypot(px - g[o], py - g[o + 1], pz - g[o + 2]);
  const toB = Math.hypot(px - g[o + 3], py - g[o + 4], pz - g[o + 5]);
  return 2 * Math.asin(Math.min(1, Math.min(toA, toB) / 2));
}

type Vec = [number, number, number];
const cross = (a: Vec, b: Vec): Vec => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const normalize = (v: Vec): Vec => {
  const length = Math.hypot(...v);
  return [v[0] / length, v[1] / length, v[2] / length];
};
