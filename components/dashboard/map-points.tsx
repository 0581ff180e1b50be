"use client";

/** One circle: incident id, its label, centre, radius and loss class (0–3). */
export type MapPointRow = [id: string, label: string, x: number, y: number, r: number, loss: number];

/**
 * The map's circles, each a link to its incident. A client component so that the page carries them once
 * as compact rows for hydration, not a second time as rendered elements: they are most of its weight.
 */
export function MapPoints({ rows }: { rows: MapPointRow[] }) {
  return rows.map(([id, label, x, y, r, loss]) => (
    // The title is the link's accessible name and its hover tooltip.
    <a key={id} href={`/incidents/${id}`} className="map-point">
      <title>{label}</title>
      <circle cx={x} cy={y} r={r} className={`map-point-circle map-loss-${loss}`} />
    </a>
  ));
}
