import { viewOf } from "./map-view";

/**
 * The dashboard map's area, from Tunisia to Crete, Libya to Sicily. The rollup's "inView" measure uses the
 * same bounds (migration 20261124231121_incident_rollup): change both together.
 */
export const CENTRAL_MEDITERRANEAN = { west: 9, south: 30.5, east: 21, north: 38.5 } as const;
export const CENTRAL_MEDITERRANEAN_VIEW = viewOf(CENTRAL_MEDITERRANEAN, 720);
/** Its sea, land and SAR regions, drawn at build time (app/map/central-mediterranean.svg/route.ts). */
export const CENTRAL_MEDITERRANEAN_BACKGROUND = "/map/central-mediterranean.svg";
