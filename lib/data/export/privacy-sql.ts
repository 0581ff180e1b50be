import "server-only";
import type { SharingSettings } from "@/lib/privacy/defaults";
import { suppressedMark } from "@/lib/privacy/disclosure";
import { iso } from "./sql-format";
import { sqlLiteral } from "./sql-literal";

export const PRIVACY_LEVELS = ["shareable", "full"] as const;
export type PrivacyLevel = (typeof PRIVACY_LEVELS)[number];
export type ExportPrivacy = { level: PrivacyLevel; settings: SharingSettings };

/** SQL expressions for one export's cells: as stored in a full row, reduced in a shareable one. */
export type Redaction = {
  /** Full-row expression, or the shareable one (the two must have one type). */
  choose: (full: string, shareable: string) => string;
  /** Free text: nothing (empty) in a shareable row. */
  text: (expr: string) => string;
  /** A latitude or longitude, to the rounding step. */
  position: (expr: string) => string;
  /** Nautical miles to the coast, to the step's nautical miles: with the rounded position it must not pin the point down. */
  distance: (expr: string) => string;
  /** An instant: ISO 8601 in UTC, or its UTC date. */
  time: (expr: string) => string;
  /** A count of vulnerable people or of a nationality: "<5" from 1 to the threshold − 1. */
  count: (expr: string) => string;
  /** The count to sort by: suppressed counts alike, so their order tells nothing. */
  countOrder: (expr: string) => string;
};

const numeric = (value: number, what: string) => {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`Invalid ${what}: ${value}`);
  return String(value);
};

/**
 * The cells of a shareable export, computed in the SELECT itself. In a full export only the reader's
 * organization's own incidents are full: the organization that recorded a case decides who gets its
 * details, so a partner's rows stay shareable. Every query aliases "Incident" as i.
 */
export function redaction(privacy: ExportPrivacy, reader: { organizationId: string }): Redaction {
  const step = numeric(privacy.settings.positionRoundingDegrees, "rounding step");
  // toPrecision: 0.1 × 60 is 6.000000000000001 in binary floating point.
  const miles = numeric(Number((privacy.settings.positionRoundingDegrees * 60).toPrecision(12)), "rounding step");
  const threshold = numeric(Math.trunc(privacy.settings.suppressionThreshold), "threshold");
  const isSmall = (expr: string) => `(${expr}) > 0 AND (${expr}) < ${threshold}`;
  const choose = (full: string, shareable: string) =>
    privacy.level === "full" ? `CASE WHEN i."organizationId" = ${sqlLiteral(reader.organizationId)}::uuid THEN ${full} ELSE ${shareable} END` : shareable;
  const roundTo = (unit: string) => (expr: string) => choose(`(${expr})::float8`, `(round((${expr})::numeric / ${unit}) * ${unit})::float8`);
  return {
    choose,
    text: (expr) => choose(expr, "NULL"),
    position: roundTo(step),
    distance: roundTo(miles),
    time: (expr) => choose(iso(expr), `to_char((${expr}) AT TIME ZONE 'UTC', 'YYYY-MM-DD')`),
    count: (expr) => choose(`(${expr})::text`, `CASE WHEN ${isSmall(expr)} THEN ${sqlLiteral(suppressedMark(Number(threshold)))} ELSE (${expr})::text END`),
    countOrder: (expr) => choose(expr, `CASE WHEN ${isSmall(expr)} THEN 0 ELSE ${expr} END`),
  };
}
