/** Mean Earth radius (IUGG), the sphere all distances here are measured on. */
export const EARTH_RADIUS_M = 6_371_008.8;
export const METRES_PER_NM = 1852;

const RADIANS = Math.PI / 180;

export function radiansToNm(angle: number) {
  return (angle * EARTH_RADIUS_M) / METRES_PER_NM;
}

export function unitVector(lat: number, lon: number): [number, number, number] {
  const phi = lat * RADIANS;
  const lambda = lon * RADIANS;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}

export function haversineNm(lat1: number, lon1: number, lat2: number, lon2: number) {
  const dPhi = (lat2 - lat1) * RADIANS;
  const dLambda = (lon2 - lon1) * RADIANS;
  const h = Math.sin(dPhi / 2) ** 2 + Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.sin(dLambda / 2) ** 2;
  return radiansToNm(2 * Math.asin(Math.min(1, Math.sqrt(h))));
}

/** Shortest angle from a meridian or parallel (the edge of a lon/lat box) to a point inside it:
 * a lower bound on the distance to anything beyond that edge. */
export function angleToMeridian(lat: number, lonDifference: number) {
  if (Math.abs(lonDifference) >= 90) return Math.PI / 2;
  return Math.asin(Math.abs(Math.cos(lat * RADIANS) * Math.sin(lonDifference * RADIANS)));
}

export function angleToParallel(lat: number, parallel: number) {
  return Math.abs(lat - parallel) * RADIANS;
}
