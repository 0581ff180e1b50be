import { PHASE_AFTER } from "@/lib/timeline/phase";

// Plausible timelines, outcomes and phases for synthetic incidents, written by one SQL statement so that
// the bench's million incidents get theirs in bulk. Each incident's random draws come from md5 of its
// reference: the same reference gets the same story on every run. The incident's time is the rescue's.

/** The k-th uniform draw in [0, 1) of incident i. */
const u = (k: number) => `(('x' || substr(md5(i.reference || ':${k}'), 1, 8))::bit(32)::bigint / 4294967296.0)`;
const minutes = (sql: string) => `make_interval(mins => (${sql})::int)`;

const OUTCOME = `CASE
  WHEN i.status = 'DRAFT' AND ${u(0)} < 0.5 THEN NULL
  WHEN i.rescued > 0 AND i."vesselId" IS NOT NULL THEN CASE WHEN ${u(1)} < 0.82 THEN 'RESCUED_BY_THIS_ORGANIZATION'
    WHEN ${u(1)} < 0.9 THEN 'RESCUED_BY_OTHER_NGO' WHEN ${u(1)} < 0.96 THEN 'RESCUED_BY_COAST_GUARD_OR_NAVY' ELSE 'RESCUED_BY_MERCHANT_VESSEL' END
  WHEN i.rescued > 0 THEN CASE WHEN ${u(1)} < 0.3 THEN 'INTERCEPTED_RETURNED_LIBYA' WHEN ${u(1)} < 0.42 THEN 'INTERCEPTED_RETURNED_TUNISIA'
    WHEN ${u(1)} < 0.46 THEN 'INTERCEPTED_RETURNED_OTHER' WHEN ${u(1)} < 0.66 THEN 'RESCUED_BY_COAST_GUARD_OR_NAVY'
    WHEN ${u(1)} < 0.8 THEN 'RESCUED_BY_MERCHANT_VESSEL' WHEN ${u(1)} < 0.88 THEN 'RESCUED_BY_OTHER_NGO'
    WHEN ${u(1)} < 0.96 THEN 'ARRIVED_ON_ITS_OWN' ELSE 'UNKNOWN' END
  WHEN COALESCE(i.dead, 0) + COALESCE(i.missing, 0) > 0 THEN CASE WHEN ${u(1)} < 0.8 THEN 'SHIPWRECK_NO_RESCUE' ELSE 'UNKNOWN' END
  ELSE CASE WHEN ${u(1)} < 0.7 THEN 'BOAT_NOT_FOUND' ELSE 'UNKNOWN' END
END::"IncidentOutcome"`;

const PHASE = `CASE l.type ${Object.entries(PHASE_AFTER).map(([type, phase]) => `WHEN '${type}' THEN '${phase}'`).join(" ")} ELSE 'OPEN' END::"IncidentPhase"`;

// Minutes after the rescue: taken aboard 30–150, completed 30 later; the stand-off 18 hours to 10 days,
// most of it short; the place of safety assigned at 85 % of it, after 1 to 5 requests.
const BASE = `SELECT i.id, i."occurredAt" AS t, i.rescued, i.dead, i."disembarkationPort" AS port, i."createdById" AS author,
    ${OUTCOME} AS outcome, ${u(2)} AS u2, ${u(3)} AS u3, ${u(4)} AS u4, ${u(5)} AS u5, ${u(6)} AS u6, ${u(7)} AS u7, ${u(8)} AS u8
  FROM "Incident" i
  WHERE i.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM "TimelineEvent" e WHERE e."incidentId" = i.id)`;

const STEPS = `SELECT b.*, outcome::text LIKE 'RESCUED_BY%' AS rescue, outcome = 'RESCUED_BY_THIS_ORGANIZATION' AS ours,
    outcome::text LIKE 'INTERCEPTED%' AS intercepted, 30 + round(b.u5 * 120) AS aboard, 60 * (18 + b.u7 * b.u7 * 222) AS standoff,
    1 + floor(b.u6 * 5)::int AS requests
  FROM base b`;

const PLANNED = `
  SELECT s.id, s.author, e.type::"TimelineEventType", date_trunc('minute', s.t + ${minutes("e.at")}) AS at, e.source::"AlertSource", e.count, e.port
  FROM steps s CROSS JOIN LATERAL (VALUES
    ('ALERT_RECEIVED', -(60 + s.u2 * 420), CASE WHEN s.u3 < 0.45 THEN 'HOTLINE' WHEN s.u3 < 0.65 THEN 'MRCC' WHEN s.u3 < 0.85 THEN 'AIRCRAFT' ELSE 'MERCHANT_VESSEL' END, NULL::int, NULL, true),
    ('FIRST_SIGHTING', -30, NULL, NULL, NULL, s.intercepted),
    ('INTERCEPTION_OBSERVED', 0, NULL, NULL, NULL, s.intercepted),
    ('ON_SCENE', -(15 + s.u4 * 30), NULL, NULL, NULL, s.rescue),
    ('ON_SCENE', 60, NULL, NULL, NULL, s.outcome = 'SHIPWRECK_NO_RESCUE'),
    ('RESCUE_STARTED', 0, NULL, NULL, NULL, s.rescue),
    ('PERSONS_TAKEN_ABOARD', s.aboard, NULL, s.rescued, NULL, s.ours),
    ('BODIES_RECOVERED', CASE WHEN s.ours THEN s.aboard + 20 ELSE 120 END, NULL, s.dead, NULL,
      (s.ours OR s.outcome = 'SHIPWRECK_NO_RESCUE') AND s.dead > 0),
    ('RESCUE_COMPLETED', s.aboard + 30, NULL, NULL, NULL, s.rescue),
    ('POS_ASSIGNED', 0.85 * s.standoff, NULL, NULL, s.port, s.ours AND s.port IS NOT NULL),
    ('DISEMBARKATION', CASE WHEN s.ours THEN s.standoff ELSE 60 * (12 + s.u7 * 36) END, NULL, CASE WHEN s.ours THEN s.rescued END, s.port,
      s.rescue AND s.port IS NOT NULL),
    ('CASE_CLOSED', CASE WHEN s.rescue THEN s.standoff + 2880 ELSE 360 + s.u8 * 2520 END, NULL, NULL, NULL,
      s.u8 < 0.6 AND s.outcome IS NOT NULL AND s.outcome <> 'UNKNOWN')
  ) e(type, at, source, count, port, wanted)
  WHERE e.wanted
  UNION ALL
  SELECT s.id, s.author, 'POS_REQUESTED', date_trunc('minute', s.t + ${minutes("s.aboard + 90 + k * (0.85 * s.standoff - s.aboard - 120) / s.requests")}), NULL, NULL, NULL
  FROM steps s CROSS JOIN generate_series(0, s.requests - 1) k
  WHERE s.ours AND s.port IS NOT NULL`;

/**
 * For the incidents $1 (uuid[]) that have no timeline yet: events up to now, an outcome, and the phase
 * their latest event puts them in (lib/timeline/phase.ts). Run with a uuid[] parameter.
 */
export const SYNTHETIC_TIMELINES_SQL = `
WITH base AS (${BASE}),
steps AS (${STEPS}),
planned AS (SELECT * FROM (${PLANNED}) p WHERE p.at <= now()),
inserted AS (
  INSERT INTO "TimelineEvent" ("incidentId", "occurredAt", type, "alertSource", count, port, "createdById", "updatedById", "updatedAt")
  SELECT id, at, type, source, count, port, author, author, now() FROM planned RETURNING 1),
latest AS (SELECT DISTINCT ON (p.id) p.id, p.type FROM planned p ORDER BY p.id, p.at DESC)
UPDATE "Incident" i SET outcome = b.outcome, phase = ${PHASE}
FROM base b LEFT JOIN latest l ON l.id = b.id
WHERE i.id = b.id`;
