/** How much a shareable export or a partner's figure hides: counts of vulnerable people below the threshold, positions to the step. */
export type PrivacySettings = { suppressionThreshold: number; positionRoundingDegrees: number };

// Until per-organization settings land (getPrivacySettings in lib/data/privacy-settings.ts), every
// organization uses these. The owning organization's settings are the ones that should apply to its rows.
export const PRIVACY_DEFAULTS: PrivacySettings = { suppressionThreshold: 5, positionRoundingDegrees: 0.1 };

/** Totals shown to partners are rounded to a multiple of this (docs/csv.md, "Shareable files and figures for partners"). */
export const ROUNDING_BASE = 5;
