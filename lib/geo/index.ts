import { coastInfo } from "./coast";
import { sarRegions } from "./sar-region";

export { coastInfo, distanceToCoastNm, nearestCountry, COVERAGE } from "./coast";
export { formatPosition, parsePosition, type ParsedPosition } from "./parse-position";
export { sarRegions } from "./sar-region";

export type Geography = {
  /** Nautical miles to the nearest coast, to 0.1 nm; 0 on land; null outside the bundled area. */
  distanceToCoastNm: number | null;
  nearestCountry: string | null;
  sarRegions: string[];
};

/** Everything an incident's position says about where it happened, computed offline. */
export function deriveGeography(lat: number, lon: number): Geography {
  const coast = coastInfo(lat, lon);
  return {
    distanceToCoastNm: coast ? Math.round(coast.distanceNm * 10) / 10 : null,
    nearestCountry: coast?.nearestCountry ?? null,
    sarRegions: sarRegions(lat, lon),
  };
}
