import { ROUNDING_BASE } from "./defaults";

// The two rules that keep small counts from pointing at a person (docs/csv.md, "Shareable files and
// figures for partners"). A per-incident count depends on its own incident only, so no filter changes
// it; a total over many incidents changes with the filter, so it is also rounded: the difference of two
// totals that differ by one case then never gives that case's count.

/** "<5" for a threshold of 5. */
export const suppressedMark = (threshold: number) => `<${threshold}`;

/** A count of one incident in a shareable file: written as it is, unless it is between 1 and threshold − 1. */
export function shareableCount(value: number | null, threshold: number): number | string | null {
  if (value === null || value === 0 || value >= threshold) return value;
  return suppressedMark(threshold);
}

/** A total shown to partners: 0 as it is, below the threshold suppressed, else rounded to the nearest multiple of ROUNDING_BASE (halves up). */
export function partnerFigure(value: number, threshold: number): number | string {
  if (value === 0) return 0;
  if (value < threshold) return suppressedMark(threshold);
  return Math.floor(value / ROUNDING_BASE + 0.5) * ROUNDING_BASE;
}

/** What a partner figure says about the true total: the smallest and largest values that show as it. */
export function possibleTotals(shown: number | string, threshold: number): { min: number; max: number } {
  if (shown === 0) return { min: 0, max: 0 };
  if (typeof shown === "string") return { min: 1, max: threshold - 1 };
  const half = Math.floor(ROUNDING_BASE / 2);
  return { min: Math.max(threshold, shown - half), max: shown + ROUNDING_BASE - 1 - half };
}
