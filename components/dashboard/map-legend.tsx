// Colour by dead + missing, in four classes a reader can tell apart (also without colour: the legend
// names them, and every circle's label gives the figures).
const CLASSES = [
  { min: 50, label: "50 or more dead + missing" },
  { min: 10, label: "10–49" },
  { min: 1, label: "1–9" },
  { min: 0, label: "none dead or missing" },
] as const;

/** 0 (none dead or missing) to 3 (50 or more): the circle's class is map-loss-{level}. */
export function lossLevel(deadMissing: number) {
  return CLASSES.length - 1 - CLASSES.findIndex((c) => deadMissing >= c.min);
}

export function MapLegend() {
  return (
    <ul className="map-legend" aria-label="Legend">
      {CLASSES.map((c, index) => (
        <li key={c.min}>
          <svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="6" className={`map-loss-${CLASSES.length - 1 - index}`} /></svg>
          {c.label}
        </li>
      ))}
      <li>Circle area: people involved (rescued + dead + missing)</li>
    </ul>
  );
}
