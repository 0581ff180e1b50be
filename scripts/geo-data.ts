// Extracts the Mediterranean from the public files in shared/data into the small GeoJSON files that
// lib/geo loads: land (with the country owning each stretch of coast) and the IMO SAR regions.
// Run: npx tsx scripts/geo-data.ts [source folder, default ../shared/data]
import fs from "node:fs";
import path from "node:path";
import { isInRings } from "../lib/geo/polygon";
import { COAST_OWNERS, COUNTRY_NAMES, ISLAND_OWNERS, PELAGIE_ISLANDS } from "./geo-data-islands";

type Point = [number, number];
type Ring = Point[];
type Box = [number, number, number, number];
type Geometry = { type: "Polygon"; coordinates: Ring[] } | { type: "MultiPolygon"; coordinates: Ring[][] };
type Feature = { properties: Record<string, unknown>; geometry: Geometry };

// The Mediterranean and Black Sea with at least 4° (≥ 180 nm) of margin to the south, west and
// east, so any sea point of the Mediterranean finds its true nearest coast inside the box.
const BBOX: Box = [-12, 28, 42, 48];
const root = path.resolve(__dirname, "..");
const source = path.resolve(process.argv[2] ?? path.join(root, "..", "shared", "data"));
const out = path.join(root, "lib", "geo", "data");

const read = (file: string) => JSON.parse(fs.readFileSync(path.join(source, file), "utf8")).features as Feature[];
const polygonsOf = (g: Geometry) => (g.type === "Polygon" ? [g.coordinates] : g.coordinates);
const round = (v: number) => Math.round(v * 1e4) / 1e4;
const boxOf = (ring: Ring): Box => [
  Math.min(...ring.map((p) => p[0])), Math.min(...ring.map((p) => p[1])),
  Math.max(...ring.map((p) => p[0])), Math.max(...ring.map((p) => p[1])),
];
const within = (inner: Box, outer: Box) =>
  inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
const holds = (box: Box, [x, y]: Point) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];

function signedArea(ring: Ring) {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return sum / 2;
}

// Exterior rings clockwise, holes counter-clockwise: Natural Earth's winding, which d3-geo expects.
const orient = (ring: Ring, isHole: boolean) => ((signedArea(ring) > 0) !== isHole ? [...ring].reverse() : ring);

// Sutherland–Hodgman against each side of the box; the cut edges run along the box sides.
function clip(ring: Ring, [w, s, e, n]: Box): Ring {
  const sides: [(p: Point) => boolean, (a: Point, b: Point) => Point][] = [
    [(p) => p[0] >= w, (a, b) => [w, a[1] + ((b[1] - a[1]) * (w - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= e, (a, b) => [e, a[1] + ((b[1] - a[1]) * (e - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= s, (a, b) => [a[0] + ((b[0] - a[0]) * (s - a[1])) / (b[1] - a[1]), s]],
    [(p) => p[1] <= n, (a, b) => [a[0] + ((b[0] - a[0]) * (n - a[1])) / (b[1] - a[1]), n]],
  ];
  let points = ring.slice(0, -1);
  for (const [inside, cross] of sides) {
    const next: Point[] = [];
    points.forEach((p, i) => {
      const prev = points[(i + points.length - 1) % points.length];
      if (inside(p) !== inside(prev)) next.push(cross(prev, p));
      if (inside(p)) next.push(p);
    });
    points = next;
  }
  const rounded = points.map(([x, y]): Point => [round(x), round(y)]);
  const deduped = rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1][0] || p[1] !== rounded[i - 1][1]);
  const closed: Ring = deduped.length ? [...deduped, deduped[0]] : [];
  return closed.length >= 4 && signedArea(closed) !== 0 ? closed : [];
}

const onBoxSide = (a: Point, b: Point) =>
  [0, 1].some((axis) => a[axis] === b[axis] && (a[axis] === BBOX[axis] || a[axis] === BBOX[axis + 2]));

const countries = read("ne_110m_admin_0_countries.geojson").map((f) => {
  const admin = String(f.properties.ADMIN);
  const rings = polygonsOf(f.geometry).flat();
  return { name: COUNTRY_NAMES[admin] ?? admin, rings, box: boxOf(rings.flat()) };
});

// Build-time only, so a flat-earth distance (degrees, longitude scaled by cos φ) is good enough.
function flatDistance([x, y]: Point, a: Point, b: Point) {
  const k = Math.cos((y * Math.PI) / 180);
  const [ax, ay, bx, by] = [(a[0] - x) * k, a[1] - y, (b[0] - x) * k, b[1] - y];
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

const inside = ([x, y]: Point, rings: Ring[]) => isInRings(x, y, rings);
const containingCountry = (p: Point) => countries.find((c) => holds(c.box, p) && inside(p, c.rings))?.name;

// The 110 m outlines are kilometres off the 50 m coast, so near borders and across straits the
// nearest 110 m country is often the neighbour: first look for the country holding the land a little
// inland (land is right of every edge once rings are oriented).
function countryBehind(a: Point, b: Point, landRings: Ring[]) {
  const mid: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const owner = COAST_OWNERS.find((o) => holds(o.box, mid));
  if (owner) return owner.country;
  const k = Math.cos((mid[1] * Math.PI) / 180);
  const [dx, dy] = [(b[0] - a[0]) * k, b[1] - a[1]];
  const length = Math.hypot(dx, dy) || 1;
  for (const step of [0.01, 0.03, 0.1, 0.2]) {
    const probe: Point = [mid[0] + (dy / length) * (step / k), mid[1] - (dx / length) * step];
    const country = inside(probe, landRings) ? containingCountry(probe) : undefined;
    if (country) return country;
  }
  return nearestCountry(mid);
}

function nearestCountry(p: Point) {
  let best = { name: "", distance: Infinity };
  for (const c of countries)
    for (const ring of c.rings)
      for (let i = 1; i < ring.length; i++) {
        const distance = flatDistance(p, ring[i - 1], ring[i]);
        if (distance < best.distance) best = { name: c.name, distance };
      }
  return best.name;
}

/** Per ring, runs of [first segment index, country]; null marks the cut edges along the box. */
function coastOwners(rings: Ring[]) {
  const perSegment = rings.map((ring) =>
    ring.slice(1).map((b, i) => {
      const a = ring[i];
      return onBoxSide(a, b) ? null : countryBehind(a, b, rings);
    }),
  );
  const isIsland = perSegment.every((owners) => owners.every((o) => o !== null));
  if (isIsland) {
    const votes = new Map<string, number>();
    for (const owner of perSegment.flat()) votes.set(owner!, (votes.get(owner!) ?? 0) + 1);
    const majority = [...votes].sort((a, b) => b[1] - a[1])[0][0];
    const country = ISLAND_OWNERS.find((o) => within(boxOf(rings[0]), o.box))?.country ?? majority;
    const box = boxOf(rings[0]).map(round);
    console.log(`island ${box.join(",")}: ${country}${country === majority ? "" : ` (110 m says ${majority})`}`);
    return perSegment.map(() => [[0, country]]);
  }
  return perSegment.map((owners) => owners.flatMap((o, i) => (i > 0 && owners[i - 1] === o ? [] : [[i, o]])));
}

const landPolygons = read("ne_50m_land.geojson")
  .flatMap((f) => polygonsOf(f.geometry))
  .concat(PELAGIE_ISLANDS.map((ring) => [ring]))
  .map((polygon) => polygon.map((ring, i) => orient(clip(ring, BBOX), i > 0)))
  .filter((polygon) => polygon[0].length)
  .map((polygon) => polygon.filter((ring) => ring.length));

const land = {
  type: "FeatureCollection",
  bbox: BBOX,
  attribution: "Natural Earth 50 m land (public domain); Lampedusa, Linosa, Lampione: ISTAT via Openpolis (CC BY 4.0)",
  features: landPolygons.map((rings) => ({
    type: "Feature",
    properties: { coast: coastOwners(rings) },
    geometry: { type: "Polygon", coordinates: rings },
  })),
};

const sarRegions = {
  type: "FeatureCollection",
  attribution: "IMO GISIS Global SAR Plan (RCC-contributed search-and-rescue regions, 2026-04-07)",
  features: read("srr_central_med_imo_gisis.geojson")
    .map((f) => ({
      type: "Feature",
      properties: { name: f.properties.srr_country, rcc: f.properties.rcc, description: f.properties.description },
      geometry: {
        type: "MultiPolygon",
        coordinates: polygonsOf(f.geometry).map((polygon) => polygon.map((ring, i) => orient(ring, i > 0))),
      },
    }))
    .sort((a, b) => String(a.properties.name).localeCompare(String(b.properties.name))),
};

fs.mkdirSync(out, { recursive: true });
for (const [file, data] of [["land.json", land], ["sar-regions.json", sarRegions]] as const) {
  fs.writeFileSync(path.join(out, file), JSON.stringify(data) + "\n");
  console.log(`${file}: ${fs.statSync(path.join(out, file)).size} bytes`);
}
