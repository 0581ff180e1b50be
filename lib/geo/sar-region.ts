import regions from "./data/sar-regions.json";
import { boundsOf, isInBounds, isInRings, type Ring } from "./polygon";

type RegionCollection = { features: { properties: { name: string }; geometry: { coordinates: Ring[][] } }[] };

// The IMO rings are not clipped to the sea and overlap where the real regions do (Italy and Malta
// around Lampedusa, Malta and Tunisia), so a point can be in several.
const sarPolygons = (regions as unknown as RegionCollection).features
  .flatMap((f) => f.geometry.coordinates.map((rings) => ({ name: f.properties.name, rings, bounds: boundsOf(rings) })))
  .sort((a, b) => a.name.localeCompare(b.name));

/** Short names of the IMO search-and-rescue regions holding the point, alphabetical; [] for none. */
export function sarRegions(lat: number, lon: number): string[] {
  const names = sarPolygons
    .filter((p) => isInBounds(lon, lat, p.bounds) && isInRings(lon, lat, p.rings))
    .map((p) => p.name);
  return [...new Set(names)];
}
