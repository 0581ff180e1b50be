import { deriveGeography, type Geography } from "@/lib/geo";
import type { Random } from "./random";

type Point = readonly [latitude: number, longitude: number];
export type SyntheticPlace = Geography & { latitude: number; longitude: number; positionText: string; description: string; zone: "libya" | "lampedusa" | "malta" };

// Departure coast of most Central Mediterranean crossings, west to east; segments weighted by how often boats left from them.
const LIBYAN_COAST: readonly (readonly [name: string, point: Point, weight: number])[] = [
  ["Zuwara", [32.93, 12.08], 30],
  ["Sabratha", [32.8, 12.48], 35],
  ["Zawiya", [32.76, 12.73], 15],
  ["Tripoli", [32.9, 13.19], 12],
  ["Garabulli", [32.78, 13.72], 8],
  ["Khoms", [32.65, 14.26], 0],
];
const LAMPEDUSA: Point = [35.5, 12.6];
const MALTA: Point = [35.83, 14.45];

// A point `nm` nautical miles from `from` on a compass bearing (flat-earth: fine at these distances).
function offset([lat, lon]: Point, bearingDeg: number, nm: number): Point {
  const rad = (bearingDeg * Math.PI) / 180;
  const dLat = (nm * Math.cos(rad)) / 60;
  const dLon = (nm * Math.sin(rad)) / (60 * Math.cos((lat * Math.PI) / 180));
  return [lat + dLat, lon + dLon];
}

function compass(bearingDeg: number) {
  return ["north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west"][Math.round((((bearingDeg % 360) + 360) % 360) / 45) % 8];
}

// Stored coordinates are exactly what the typed text says, as if a user had entered it.
function asTyped(random: Random, [lat, lon]: Point) {
  const hemispheres = (value: number, pos: string, neg: string) => (value >= 0 ? pos : neg);
  const format = random.weighted([["ddm", 6], ["decimal", 3], ["dms", 1]] as const);
  if (format === "decimal") {
    const [la, lo] = [Number(lat.toFixed(4)), Number(lon.toFixed(4))];
    return { latitude: la, longitude: lo, positionText: `${la.toFixed(4)}, ${lo.toFixed(4)}` };
  }
  const parts = (value: number) => {
    const abs = Math.abs(value);
    const degrees = Math.floor(abs);
    const minutes = (abs - degrees) * 60;
    return { degrees, minutes };
  };
  const [a, b] = [parts(lat), parts(lon)];
  if (format === "ddm") {
    const [ma, mb] = [Math.min(59.9, Number(a.minutes.toFixed(1))), Math.min(59.9, Number(b.minutes.toFixed(1)))];
    return {
      latitude: Number((a.degrees + ma / 60).toFixed(6)),
      longitude: Number((b.degrees + mb / 60).toFixed(6)),
      positionText: `${a.degrees}°${ma.toFixed(1).padStart(4, "0")}'${hemispheres(lat, "N", "S")} ${String(b.degrees).padStart(3, "0")}°${mb.toFixed(1).padStart(4, "0")}'${hemispheres(lon, "E", "W")}`,
    };
  }
  const dms = (p: { degrees: number; minutes: number }) => ({ d: p.degrees, m: Math.floor(p.minutes), s: Math.min(59, Math.round((p.minutes % 1) * 60)) });
  const [x, y] = [dms(a), dms(b)];
  return {
    latitude: Number((x.d + x.m / 60 + x.s / 3600).toFixed(6)),
    longitude: Number((y.d + y.m / 60 + y.s / 3600).toFixed(6)),
    positionText: `${x.d}°${x.m}'${x.s}"${hemispheres(lat, "N", "S")} ${y.d}°${y.m}'${y.s}"${hemispheres(lon, "E", "W")}`,
  };
}

export function randomPlace(random: Random): SyntheticPlace {
  const zone = random.weighted([["libya", 80], ["lampedusa", 12], ["malta", 8]] as const);
  let point: Point;
  let description: string;
  if (zone === "libya") {
    const index = random.weighted(LIBYAN_COAST.slice(0, -1).map(([, , weight], i) => [i, weight] as const));
    const [[name, from], [, to]] = [LIBYAN_COAST[index], LIBYAN_COAST[index + 1]];
    const t = random.next();
    const coast: Point = [from[0] + t * (to[0] - from[0]), from[1] + t * (to[1] - from[1])];
    const nm = Math.round(10 + 70 * random.next() ** 1.5);
    point = offset(coast, random.between(-15, 15), nm);
    description = `north of ${name}`;
  } else {
    const [centre, name, bearing, min, max] = zone === "lampedusa" ? [LAMPEDUSA, "Lampedusa", random.between(150, 270), 5, 35] as const : [MALTA, "Malta", random.between(160, 240), 15, 70] as const;
    const nm = Math.round(random.between(min, max));
    point = offset(centre, bearing, nm);
    description = `${nm} nm ${compass(bearing)} of ${name}`;
  }
  const typed = asTyped(random, point);
  const geography = deriveGeography(typed.latitude, typed.longitude);
  if (zone === "libya") description = `${Math.round(geography.distanceToCoastNm ?? 0)} nm off ${geography.nearestCountry ?? "Libya"}, ${description}`;
  return { ...typed, ...geography, description, zone };
}
