/** A closed ring of [longitude, latitude] positions, as in GeoJSON. */
export type Ring = number[][];
export type Bounds = { west: number; south: number; east: number; north: number };

/** Even-odd rule over every ring of a polygon: the winding order does not matter (the IMO rings run
 * both ways) and holes cut themselves out. Edges are straight in longitude/latitude, as GIS tools
 * draw them in WGS84. */
export function isInRings(lon: number, lat: number, rings: Ring[]) {
  let isInside = false;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [x1, y1] = ring[i - 1];
      const [x2, y2] = ring[i];
      if (y1 > lat !== y2 > lat && lon < x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1)) isInside = !isInside;
    }
  }
  return isInside;
}

export function boundsOf(rings: Ring[]): Bounds {
  const bounds = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const ring of rings) {
    for (const [lon, lat] of ring) {
      bounds.west = Math.min(bounds.west, lon);
      bounds.south = Math.min(bounds.south, lat);
      bounds.east = Math.max(bounds.east, lon);
      bounds.north = Math.max(bounds.north, lat);
    }
  }
  return bounds;
}

export function isInBounds(lon: number, lat: number, b: Bounds) {
  return lon >= b.west && lon <= b.east && lat >= b.south && lat <= b.north;
}
