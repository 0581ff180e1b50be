-- The rollup is rebuilt at the end with outcome and phase as dimensions: empty it first, so that the new
-- NOT NULL column can be added. Written by hand.
TRUNCATE "IncidentRollup", "IncidentRollupFact";

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "disembarkedAt" TIMESTAMPTZ(3),
ADD COLUMN     "rescueAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "IncidentRollup" ADD COLUMN     "outcome" "IncidentOutcome",
ADD COLUMN     "phase" "IncidentPhase" NOT NULL;

-- AlterTable
ALTER TABLE "IncidentRollupFact" ADD COLUMN     "outcome" "IncidentOutcome",
ADD COLUMN     "phase" "IncidentPhase" NOT NULL;

-- Written by hand below: Prisma's schema has no functions or triggers and its diff ignores them.
--
-- Outcome and phase become rollup dimensions (the dashboard's outcome breakdown, the shared filters): the
-- refresh of 20261124231121_incident_rollup with both in each row's key, and an incident's change of either
-- (by hand, or the phase following a timeline event) refreshes its rows.
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
  ), summed AS (
    SELECT g.grain, g.period, d."viewerId", d."key", d."status", d."organizationId", d."vesselId", d."boatType", d."region", d."route",
      d."sarRegions", d."causesOfDeath", d."partnerIds", d."outcome", d."phase", d."hasDeaths",
      sum(sign * "incidents") AS "incidents", sum(sign * "rescued") AS "rescued", sum(sign * "dead") AS "dead", sum(sign * "missing") AS "missing",
      sum(sign * "rescuedUnknown") AS "rescuedUnknown", sum(sign * "deadUnknown") AS "deadUnknown", sum(sign * "missingUnknown") AS "missingUnknown",
      sum(sign * "deadOrMissingUnknown") AS "deadOrMissingUnknown", sum(sign * "knownLost") AS "knownLost",
      sum(sign * "knownInvolved") AS "knownInvolved", sum(sign * "knownIncidents") AS "knownIncidents",
      sum(sign * "injured") AS "injured", sum(sign * "serious") AS "serious", sum(sign * "critical") AS "critical",
      sum(sign * "evacuated") AS "evacuated", sum(sign * "positioned") AS "positioned", sum(sign * "inView") AS "inView"
    FROM delta d
    CROSS JOIN LATERAL (VALUES ('DAY'::"RollupGrain", d."day"), ('MONTH', date_trunc('month', d."day")::date),
      ('YEAR', date_trunc('year', d."day")::date)) g(grain, period)
    GROUP BY g.grain, g.period, d."viewerId", d."key", d."status", d."organizationId", d."vesselId", d."boatType", d."region", d."route",
      d."sarRegions", d."causesOfDeath", d."partnerIds", d."outcome", d."phase", d."hasDeaths"
  ), applied AS (
    INSERT INTO "IncidentRollup" AS r ("viewerId", "grain", "period", "key", "status", "organizationId", "vesselId", "boatType",
      "region", "route", "sarRegions", "causesOfDeath", "partnerIds", "outcome", "phase", "hasDeaths", "incidents", "rescued", "dead", "missing",
      "rescuedUnknown", "deadUnknown", "missingUnknown", "deadOrMissingUnknown", "knownLost", "knownInvolved", "knownIncidents",
      "injured", "serious", "critical", "evacuated", "positioned", "inView")
    SELECT "viewerId", "grain", "period", "key", "status", "organizationId", "vesselId", "boatType",
      "region", "route", "sarRegions", "causesOfDeath", "partnerIds", "outcome", "phase", "hasDeaths", "incidents", "rescued", "dead", "missing",
      "rescuedUnknown", "deadUnknown", "missingUnknown", "deadOrMissingUnknown", "knownLost", "knownInvolved", "knownIncidents",
      "injured", "serious", "critical", "evacuated", "positioned", "inView"
    FROM summed
    -- An edit that changes nothing counted (a narrative, a port) leaves the rollup alone.
    WHERE ("incidents", "rescued", "dead", "missing", "rescuedUnknown", "deadUnknown", "missingUnknown", "deadOrMissingUnknown",
      "knownLost", "knownInvolved", "knownIncidents", "injured", "serious", "critical", "evacuated", "positioned", "inView")
      IS DISTINCT FROM (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    -- The same lock order in every transaction, so concurrent writers queue instead of deadlocking.
    ORDER BY "viewerId", "grain", "period", "key"
    ON CONFLICT ("viewerId", "grain", "period", "key") DO UPDATE SET
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

CREATE OR REPLACE FUNCTION incident_rollup_on_incident() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM incident_rollup_refresh(ARRAY(SELECT id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM incident_rollup_refresh(ARRAY(SELECT id FROM old_rows));
  ELSE
    PERFORM incident_rollup_refresh(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.status, n."occurredAt", n."deletedAt", n."organizationId", n."vesselId", n."boatType", n.region, n.route, n."sarRegions",
          n."causesOfDeath", n.rescued, n.dead, n.missing, n.latitude, n.longitude, n.outcome, n.phase)
        IS DISTINCT FROM (o.status, o."occurredAt", o."deletedAt", o."organizationId", o."vesselId", o."boatType", o.region, o.route, o."sarRegions",
          o."causesOfDeath", o.rescued, o.dead, o.missing, o.latitude, o.longitude, o.outcome, o.phase)));
  END IF;
  RETURN NULL;
END $$;

-- The stand-off (rescue → disembarkation) per incident, as lib/timeline/durations.ts defines it, kept on the
-- incident by triggers on TimelineEvent so that the dashboard's percentiles read one row per incident
-- instead of its timeline: "rescueAt" is the first rescue event's time (started, completed or persons taken
-- aboard), "disembarkedAt" the last disembarkation's when it comes after that rescue in time order (time,
-- then recording time, then id: compareEvents in lib/timeline/order.ts).
CREATE FUNCTION incident_stand_off_refresh(incident_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Incident" i SET "rescueAt" = s."rescueAt", "disembarkedAt" = s."disembarkedAt"
  FROM (
    SELECT x.id, r."occurredAt" AS "rescueAt",
      CASE WHEN (d."occurredAt", d."createdAt", d.id) > (r."occurredAt", r."createdAt", r.id) THEN d."occurredAt" END AS "disembarkedAt"
    FROM (SELECT DISTINCT unnest(incident_ids) AS id) x
    LEFT JOIN LATERAL (
      SELECT e."occurredAt", e."createdAt", e.id FROM "TimelineEvent" e
      WHERE e."incidentId" = x.id AND e.type IN ('RESCUE_STARTED', 'RESCUE_COMPLETED', 'PERSONS_TAKEN_ABOARD')
      ORDER BY e."occurredAt", e."createdAt", e.id LIMIT 1) r ON true
    LEFT JOIN LATERAL (
      SELECT e."occurredAt", e."createdAt", e.id FROM "TimelineEvent" e
      WHERE e."incidentId" = x.id AND e.type = 'DISEMBARKATION'
      ORDER BY e."occurredAt" DESC, e."createdAt" DESC, e.id DESC LIMIT 1) d ON true
  ) s
  WHERE i.id = s.id AND (i."rescueAt", i."disembarkedAt") IS DISTINCT FROM (s."rescueAt", s."disembarkedAt")
$$;

CREATE FUNCTION incident_stand_off_on_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM incident_stand_off_refresh(ARRAY(SELECT DISTINCT "incidentId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM incident_stand_off_refresh(ARRAY(SELECT DISTINCT "incidentId" FROM old_rows));
  ELSE
    PERFORM incident_stand_off_refresh(ARRAY(SELECT "incidentId" FROM new_rows UNION SELECT "incidentId" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION incident_stand_off_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Incident" SET "rescueAt" = NULL, "disembarkedAt" = NULL WHERE "rescueAt" IS NOT NULL OR "disembarkedAt" IS NOT NULL;
  RETURN NULL;
END $$;

CREATE TRIGGER incident_stand_off_insert AFTER INSERT ON "TimelineEvent" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_stand_off_on_event();
CREATE TRIGGER incident_stand_off_update AFTER UPDATE ON "TimelineEvent" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_stand_off_on_event();
CREATE TRIGGER incident_stand_off_delete AFTER DELETE ON "TimelineEvent" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_stand_off_on_event();
CREATE TRIGGER incident_stand_off_truncate AFTER TRUNCATE ON "TimelineEvent" FOR EACH STATEMENT EXECUTE FUNCTION incident_stand_off_on_truncate();

SELECT incident_stand_off_refresh(ARRAY(SELECT DISTINCT "incidentId" FROM "TimelineEvent"));
SELECT incident_rollup_rebuild();
