import { angleToSegment, CELL_DEGREES, column, coastIndex, COVERAGE, landPolygons, row } from "./coast-index";
import { isInBounds, isInRings } from "./polygon";
import { angleToMeridian, angleToParallel, radiansToNm, unitVector } from "./sphere";

export { COVERAGE };

export type CoastInfo = {
  /** Great-circle distance to the nearest point of the Natural Earth 50 m coast; 0 on land. */
  distanceNm: number;
  isOnLand: boolean;
  /** Owner of the nearest stretch of coast (on land: of the nearest coast, usually the country itself). */
  nearestCountry: string | null;
};

/** Distance to the coast and its owner, or null where the bundled land cannot answer: outside
 * COVERAGE, or so far out that land beyond its edges could be nearer. */
export function coastInfo(lat: number, lon: number): CoastInfo | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || !isInBounds(lon, lat, COVERAGE)) return null;
  const isOnLand = landPolygons.some((p) => isInBounds(lon, lat, p.bounds) && isInRings(lon, lat, p.rings));
  const nearest = nearestSegment(lat, lon);
  const isCovered = nearest.angle <= angleToCoverageEdge(lat, lon);
  if (!isOnLand && !isCovered) return null;
  const { countries, owners } = coastIndex();
  return {
    distanceNm: isOnLand ? 0 : radiansToNm(nearest.angle),
    isOnLand,
    nearestCountry: isCovered && nearest.segment >= 0 ? countries[owners[nearest.segment]] : null,
  };
}

export function distanceToCoastNm(lat: number, lon: number) {
  return coastInfo(lat, lon)?.distanceNm ?? null;
}

export function nearestCountry(lat: number, lon: number) {
  return coastInfo(lat, lon)?.nearestCountry ?? null;
}

function angleToCoverageEdge(lat: number, lon: number) {
  return Math.min(
    angleToParallel(lat, COVERAGE.south),
    angleToParallel(lat, COVERAGE.north),
    angleToMeridian(lat, lon - COVERAGE.west),
    angleToMeridian(lat, COVERAGE.east - lon),
  );
}

let visit = 0;
let visited = new Uint32Array(0);

// Search a lon/lat box around the point that doubles until the best segment found is nearer than
// anything outside the box can be.
function nearestSegment(lat: number, lon: number) {
  const { segments, cols, cellStart, cellItems } = coastIndex();
  if (visited.length !== segments.length) visited = new Uint32Array(segments.length);
  visit += 1;
  if (visit === 0xffffffff) {
    visited.fill(0);
    visit = 1;
  }
  const [px, py, pz] = unitVector(lat, lon);
  let best = { angle: Infinity, segment: -1 };
  for (let h = CELL_DEGREES; ; h *= 2) {
    const w = Math.min(360, h / Math.cos((lat * Math.PI) / 180));
    const [south, north, west, east] = [lat - h, lat + h, lon - w, lon + w];
    for (let y = row(south); y <= row(north); y++) {
      for (let x = column(west); x <= column(east); x++) {
        const cell = y * cols + x;
        for (let k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
          const s = cellItems[k];
          if (visited[s] === visit) continue;
          visited[s] = visit;
          const angle = angleToSegment(segments, s, px, py, pz);
          if (angle < best.angle) best = { angle, segment: s };
        }
      }
    }
    const latBound = south <= COVERAGE.south && north >= COVERAGE.north ? Infinity : angleToParallel(lat, lat + h);
    const lonBound = west <= COVERAGE.west && east >= COVERAGE.east ? Infinity : angleToMeridian(lat, w);
    if (best.angle <= Math.min(latBound, lonBound)) return best;
  }
}
