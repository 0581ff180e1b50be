import { useTranslations } from "next-intl";

// Colour by dead + missing, in four classes a reader can tell apart (also without colour: the legend
// names them, and every circle's label gives the figures).
const MINIMA = [50, 10, 1, 0] as const;

/** 0 (none dead or missing) to 3 (50 or more): the circle's class is map-loss-{level}. */
export function lossLevel(deadMissing: number) {
  return MINIMA.length - 1 - MINIMA.findIndex((min) => deadMissing >= min);
}

export function MapLegend() {
  const t = useTranslations("dashboard");
  const labels = [t("legendMost", { min: 50 }), t("legendRange", { from: 10, to: 49 }), t("legendRange", { from: 1, to: 9 }), t("legendNone")];
  return (
    <ul className="map-legend" aria-label={t("legendLabel")}>
      {MINIMA.map((min, index) => (
        <li key={min}>
          <svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="6" className={`map-loss-${MINIMA.length - 1 - index}`} /></svg>
          {labels[index]}
        </li>
      ))}
      <li>{t("legendArea")}</li>
    </ul>
  );
}
