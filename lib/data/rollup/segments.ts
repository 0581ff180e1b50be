export type Grain = "YEAR" | "MONTH" | "DAY";
export type DateRange = { start: Date | null; end: Date | null };
/** A stretch of rollup rows of one grain: periods in [from, to); null is open. */
export type Segment = { grain: Grain; from: Date | null; to: Date | null };

const COARSE_TO_FINE: Grain[] = ["YEAR", "MONTH", "DAY"];

function floor(date: Date, grain: Grain) {
  const y = date.getUTCFullYear();
  if (grain === "YEAR") return new Date(Date.UTC(y, 0, 1));
  if (grain === "MONTH") return new Date(Date.UTC(y, date.getUTCMonth(), 1));
  return new Date(Date.UTC(y, date.getUTCMonth(), date.getUTCDate()));
}

function ceil(date: Date, grain: Grain) {
  const down = floor(date, grain);
  if (down.getTime() === date.getTime()) return down;
  if (grain === "YEAR") return new Date(Date.UTC(down.getUTCFullYear() + 1, 0, 1));
  if (grain === "MONTH") return new Date(Date.UTC(down.getUTCFullYear(), down.getUTCMonth() + 1, 1));
  return new Date(down.getTime() + 86_400_000);
}

const before = (a: Date | null, b: Date | null) => a === null || b === null || a < b;

/**
 * The fewest rollup rows that cover [start, end) exactly: whole years, then whole months, then days at
 * the edges (2016-01-15 → 2017-03-01 is days to 1 Feb, months to 2017, the year 2016 is not whole...).
 * Bounds must fall on UTC midnights: the rollup has no finer grain.
 */
export function rollupSegments({ start, end }: DateRange, coarsest: Grain = "YEAR"): Segment[] {
  for (const bound of [start, end]) {
    if (bound && bound.getTime() !== floor(bound, "DAY").getTime()) throw new Error(`A rollup period must start and end at UTC midnight, not ${bound.toISOString()}`);
  }
  return split(start, end, COARSE_TO_FINE.slice(COARSE_TO_FINE.indexOf(coarsest)));
}

function split(start: Date | null, end: Date | null, grains: Grain[]): Segment[] {
  if (!before(start, end) || !grains.length) return [];
  const [grain, ...finer] = grains;
  const from = start && ceil(start, grain);
  const to = end && floor(end, grain);
  if (!before(from, to)) return split(start, end, finer);
  const head = start ? split(start, from, finer) : [];
  const tail = end ? split(to, end, finer) : [];
  return [...head, { grain, from, to }, ...tail];
}
