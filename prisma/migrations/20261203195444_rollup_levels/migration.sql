-- DropIndex
DROP INDEX "IncidentRollup_viewerId_grain_period_key_key";

-- AlterTable
ALTER TABLE "IncidentRollup" ADD COLUMN     "detailed" BOOLEAN NOT NULL DEFAULT true,
ALTER COLUMN "phase" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "IncidentRollup_viewerId_detailed_grain_period_key_key" ON "IncidentRollup"("viewerId", "detailed", "grain", "period", "key");

-- Written by hand below. The rollup gets a coarse level beside the detailed one: the same rows with outcome
-- and phase left out of the key (both null), four times fewer of them at 1,000,000 incidents (33,241 → 11,881
-- a year's rows for one organization), read whenever neither is filtered or broken down by. The refresh of
-- 20261203133741_dashboard_outcome_stand_off, with every change applied at both levels.
CREATE OR REPLACE FUNCTION incident_rollup_refresh(incident_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  emptied bigint[];
BEGIN
  IF cardinality(incident_ids) = 0 THEN RETURN; END IF;
  WITH taken AS (
    DELETE FROM "IncidentRollupFact" f WHERE f."incidentId" = ANY (incident_ids) RETURNING f.*
  ), added AS (
    INSERT INTO "IncidentRollupFact" ("incidentId", "viewerId", "day", "key", "status", "organizationId", "vesselId", "boatType",
      "region", "route", "sarRegions", "causesOfDeath", "partnerIds", "outcome", "phase", "hasDeaths", "incidents", "rescued", "dead", "missing",
      "rescuedUnknown", "deadUnknown", "missingUnknown", "deadOrMissingUnknown", "knownLost", "knownInvolved", "knownIncidents",
      "injured", "serious", "critical", "evacuated", "positioned", "inView")
    SELECT i.id, v.id, (i."occurredAt" AT TIME ZONE 'UTC')::date,
      md5(ROW(i.status, i."organizationId", i."vesselId", i."boatType", i.region, i.route, d.sar, d.causes, p.ids, i.outcome, i.phase, d."hasDeaths")::text)::uuid,
      i.status, i."organizationId", i."vesselId", i."boatType", i.region, i.route, d.sar, d.causes, p.ids, i.outcome, i.phase, d."hasDeaths",
      1, COALESCE(i.rescued, 0), COALESCE(i.dead, 0), COALESCE(i.missing, 0),
      (i.rescued IS NULL)::int, (i.dead IS NULL)::int, (i.missing IS NULL)::int, (i.dead IS NULL OR i.missing IS NULL)::int,
      CASE WHEN i.rescued IS NOT NULL THEN COALESCE(i.dead + i.missing, 0) ELSE 0 END,
      COALESCE(i.rescued + i.dead + i.missing, 0), (i.rescued + i.dead + i.missing IS NOT NULL)::int,
      j.injured, j.serious, j.critical, e.evacuated,
      (i.latitude IS NOT NULL AND i.longitude IS NOT NULL)::int,
      -- The dashboard map's view of the central Mediterranean (CENTRAL_MEDITERRANEAN in get-map-points.ts).
      COALESCE(i.latitude BETWEEN 30.5 AND 38.5 AND i.longitude BETWEEN 9 AND 21, false)::int
    FROM "Incident" i
    CROSS JOIN LATERAL (
      SELECT ARRAY(SELECT DISTINCT s FROM unnest(i."sarRegions") s ORDER BY 1) AS sar,
        ARRAY(SELECT DISTINCT c FROM unnest(i."causesOfDeath") c ORDER BY 1) AS causes,
        COALESCE(i.dead, 0) > 0 AS "hasDeaths") d
    CROSS JOIN LATERAL (
      SELECT ARRAY(SELECT DISTINCT ip."organizationId" FROM "IncidentPartner" ip WHERE ip."incidentId" = i.id ORDER BY 1) AS ids) p
    CROSS JOIN LATERAL (SELECT i."organizationId" AS id UNION SELECT unnest(p.ids)) v
    CROSS JOIN LATERAL (
      SELECT COALESCE(sum(x.count), 0)::int AS injured,
        COALESCE(sum(x.count) FILTER (WHERE x.severity = 'SERIOUS'), 0)::int AS serious,
        COALESCE(sum(x.count) FILTER (WHERE x.severity = 'CRITICAL'), 0)::int AS critical
      FROM "Injury" x WHERE x."incidentId" = i.id) j
    CROSS JOIN LATERAL (SELECT COALESCE(sum(x.count), 0)::int AS evacuated FROM "Evacuation" x WHERE x."incidentId" = i.id) e
    WHERE i.id = ANY (incident_ids) AND i."deletedAt" IS NULL
    RETURNING *
  ), delta AS (
    SELECT 1 AS sign, * FROM added UNION ALL SELECT -1 AS sign, * FROM taken
  ), leveled AS (
    -- Each change twice: at the detailed level (outcome and phase in the key) and at the coarse one (both null).
    SELECT l.detailed, CASE WHEN l.detailed THEN d."key" ELSE md5(ROW(d."status", d."organizationId", d."vesselId", d."boatType",
        d."region", d."route", d."sarRegions", d."causesOfDeath", d."partnerIds", d."hasDeaths")::text)::uuid END AS "key",
      CASE WHEN l.detailed THEN d."outcome" END AS "outcome", CASE WHEN l.detailed THEN d."phase" END AS "phase",
      d.sign, d."day", d."viewerId", d."status", d."organizationId", d."vesselId", d."boatType", d."region", d."route",
      d."sarRegions", d."causesOfDeath", d."partnerIds", d."hasDeaths", d."incidents", d."rescued", d."dead", d."missing",
      d."rescuedUnknown", d."deadUnknown", d."missingUnknown", d."deadOrMissingUnknown", d."knownLost", d."knownInvolved",
      d."knownIncidents", d."injured", d."serious", d."critical", d."evacuated", d."positioned", d."inView"
    FROM delta d CROSS JOIN (VALUES (true), (false)) l(detailed)
  ), summed AS (
    SELECT g.grain, g.period, d.detailed, d."viewerId", d."key", d."status", d."organizationId", d."vesselId", d."boatType", d."region", d."route",
      d."sarRegions", d."causesOfDeath", d."partnerIds", d."outcome", d."phase", d."hasDeaths",
      sum(sign * "incidents") AS "incidents", sum(sign * "rescued") AS "rescued", sum(sign * "dead") AS "dead", sum(sign * "missing") AS "missing",
      sum(sign * "rescuedUnknown") AS "rescuedUnknown", sum(sign * "deadUnknown") AS "deadUnknown", sum(sign * "missingUnknown") AS "missingUnknown",
      sum(sign * "deadOrMissingUnknown") AS "deadOrMissingUnknown", sum(sign * "knownLost") AS "knownLost",
      sum(sign * "knownInvolved") AS "knownInvolved", sum(sign * "knownIncidents") AS "knownIncidents",
      sum(sign * "injured") AS "injured", sum(sign * "serious") AS "serious", sum(sign * "critical") AS "critical",
      sum(sign * "evacuated") AS "evacuated", sum(sign * "positioned") AS "positioned", sum(sign * "inView") AS "inView"
    FROM leveled d
    CROSS JOIN LATERAL (VALUES ('DAY'::"RollupGrain", d."day"), ('MONTH', date_trunc('month', d."day")::date),
      ('YEAR', date_trunc('year', d."day")::date)) g(grain, period)
    GROUP BY g.grain, g.period, d.detailed, d."viewerId", d."key", d."status", d."organizationId", d."vesselId", d."boatType", d."region", d."route",
      d."sarRegions", d."causesOfDeath", d."partnerIds", d."outcome", d."phase", d."hasDeaths"
  ), applied AS (
    INSERT INTO "IncidentRollup" AS r ("viewerId", "detailed", "grain", "period", "key", "status", "organizationId", "vesselId", "boatType",
      "region", "route", "sarRegions", "causesOfDeath", "partnerIds", "outcome", "phase", "hasDeaths", "incidents", "rescued", "dead", "missing",
      "rescuedUnknown", "deadUnknown", "missingUnknown", "deadOrMissingUnknown", "knownLost", "knownInvolved", "knownIncidents",
      "injured", "serious", "critical", "evacuated", "positioned", "inView")
    SELECT "viewerId", "detailed", "grain", "period", "key", "status", "organizationId", "vesselId", "boatType",
      "region", "route", "sarRegions", "causesOfDeath", "partnerIds", "outcome", "phase", "hasDeaths", "incidents", "rescued", "dead", "missing",
      "rescuedUnknown", "deadUnknown", "missingUnknown", "deadOrMissingUnknown", "knownLost", "knownInvolved", "knownIncidents",
      "injured", "serious", "critical", "evacuated", "positioned", "inView"
    FROM summed
    -- An edit that changes nothing counted (a narrative, a port) leaves the rollup alone.
    WHERE ("incidents", "rescued", "dead", "missing", "rescuedUnknown", "deadUnknown", "missingUnknown", "deadOrMissingUnknown",
      "knownLost", "knownInvolved", "knownIncidents", "injured", "serious", "critical", "evacuated", "positioned", "inView")
      IS DISTINCT FROM (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    -- The same lock order in every transaction, so concurrent writers queue instead of deadlocking.
    ORDER BY "viewerId", "detailed", "grain", "period", "key"
    ON CONFLICT ("viewerId", "detailed", "grain", "period", "key") DO UPDATE SET
      "incidents" = r."incidents" + EXCLUDED."incidents", "rescued" = r."rescued" + EXCLUDED."rescued",
      "dead" = r."dead" + EXCLUDED."dead", "missing" = r."missing" + EXCLUDED."missing",
      "rescuedUnknown" = r."rescuedUnknown" + EXCLUDED."rescuedUnknown", "deadUnknown" = r."deadUnknown" + EXCLUDED."deadUnknown",
      "missingUnknown" = r."missingUnknown" + EXCLUDED."missingUnknown",
      "deadOrMissingUnknown" = r."deadOrMissingUnknown" + EXCLUDED."deadOrMissingUnknown",
      "knownLost" = r."knownLost" + EXCLUDED."knownLost", "knownInvolved" = r."knownInvolved" + EXCLUDED."knownInvolved",
      "knownIncidents" = r."knownIncidents" + EXCLUDED."knownIncidents", "injured" = r."injured" + EXCLUDED."injured",
      "serious" = r."serious" + EXCLUDED."serious", "critical" = r."critical" + EXCLUDED."critical",
      "evacuated" = r."evacuated" + EXCLUDED."evacuated", "positioned" = r."positioned" + EXCLUDED."positioned",
      "inView" = r."inView" + EXCLUDED."inView"
    RETURNING r.id, r."incidents"
  )
  SELECT array_agg(id) INTO emptied FROM applied WHERE "incidents" = 0;
  DELETE FROM "IncidentRollup" WHERE id = ANY (emptied) AND "incidents" = 0;
END $$;

-- The coarse level of what is already counted: the detailed rows summed without outcome and phase.
INSERT INTO "IncidentRollup" ("detailed", "key", "viewerId", "grain", "period", "status", "organizationId", "vesselId", "boatType", "region", "route", "sarRegions", "causesOfDeath", "partnerIds", "hasDeaths", "incidents", "rescued", "dead", "missing", "rescuedUnknown", "deadUnknown", "missingUnknown", "deadOrMissingUnknown", "knownLost", "knownInvolved", "knownIncidents", "injured", "serious", "critical", "evacuated", "positioned", "inView")
SELECT false, md5(ROW("status", "organizationId", "vesselId", "boatType", "region", "route", "sarRegions", "causesOfDeath", "partnerIds", "hasDeaths")::text)::uuid,
  "viewerId", "grain", "period", "status", "organizationId", "vesselId", "boatType", "region", "route", "sarRegions", "causesOfDeath", "partnerIds", "hasDeaths", sum("incidents"), sum("rescued"), sum("dead"), sum("missing"), sum("rescuedUnknown"), sum("deadUnknown"), sum("missingUnknown"), sum("deadOrMissingUnknown"), sum("knownLost"), sum("knownInvolved"), sum("knownIncidents"), sum("injured"), sum("serious"), sum("critical"), sum("evacuated"), sum("positioned"), sum("inView")
FROM "IncidentRollup" WHERE "detailed"
GROUP BY "viewerId", "grain", "period", "status", "organizationId", "vesselId", "boatType", "region", "route", "sarRegions", "causesOfDeath", "partnerIds", "hasDeaths";
