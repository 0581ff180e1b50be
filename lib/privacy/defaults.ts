/** How much a shareable export or a partner's figure hides: counts of vulnerable people below the threshold, positions to the step. */
export type SharingSettings = { suppressionThreshold: number; positionRoundingDegrees: number };

/** Totals shown to partners are rounded to a multiple of this (docs/csv.md, "Shareable files and figures for partners"). */
export const ROUNDING_BASE = 5;
