-- CreateEnum
CREATE TYPE "RollupGrain" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateTable
CREATE TABLE "IncidentRollupFact" (
    "id" BIGSERIAL NOT NULL,
    "incidentId" UUID NOT NULL,
    "viewerId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "key" UUID NOT NULL,
    "status" "IncidentStatus" NOT NULL,
    "organizationId" UUID NOT NULL,
    "vesselId" UUID,
    "boatType" "BoatType",
    "region" TEXT,
    "route" TEXT,
    "sarRegions" TEXT[],
    "causesOfDeath" "CauseOfDeath"[],
    "partnerIds" UUID[],
    "hasDeaths" BOOLEAN NOT NULL,
    "incidents" INTEGER NOT NULL,
    "rescued" INTEGER NOT NULL,
    "dead" INTEGER NOT NULL,
    "missing" INTEGER NOT NULL,
    "rescuedUnknown" INTEGER NOT NULL,
    "deadUnknown" INTEGER NOT NULL,
    "missingUnknown" INTEGER NOT NULL,
    "deadOrMissingUnknown" INTEGER NOT NULL,
    "knownLost" INTEGER NOT NULL,
    "knownInvolved" INTEGER NOT NULL,
    "knownIncidents" INTEGER NOT NULL,
    "injured" INTEGER NOT NULL,
    "serious" INTEGER NOT NULL,
    "critical" INTEGER NOT NULL,
    "evacuated" INTEGER NOT NULL,
    "positioned" INTEGER NOT NULL,
    "inView" INTEGER NOT NULL,

    CONSTRAINT "IncidentRollupFact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentRollup" (
    "id" BIGSERIAL NOT NULL,
    "viewerId" UUID NOT NULL,
    "grain" "RollupGrain" NOT NULL,
    "period" DATE NOT NULL,
    "key" UUID NOT NULL,
    "status" "IncidentStatus" NOT NULL,
    "organizationId" UUID NOT NULL,
    "vesselId" UUID,
    "boatType" "BoatType",
    "region" TEXT,
    "route" TEXT,
    "sarRegions" TEXT[],
    "causesOfDeath" "CauseOfDeath"[],
    "partnerIds" UUID[],
    "hasDeaths" BOOLEAN NOT NULL,
    "incidents" INTEGER NOT NULL,
    "rescued" INTEGER NOT NULL,
    "dead" INTEGER NOT NULL,
    "missing" INTEGER NOT NULL,
    "rescuedUnknown" INTEGER NOT NULL,
    "deadUnknown" INTEGER NOT NULL,
    "missingUnknown" INTEGER NOT NULL,
    "deadOrMissingUnknown" INTEGER NOT NULL,
    "knownLost" INTEGER NOT NULL,
    "knownInvolved" INTEGER NOT NULL,
    "knownIncidents" INTEGER NOT NULL,
    "injured" INTEGER NOT NULL,
    "serious" INTEGER NOT NULL,
    "critical" INTEGER NOT NULL,
    "evacuated" INTEGER NOT NULL,
    "positioned" INTEGER NOT NULL,
    "inView" INTEGER NOT NULL,

    CONSTRAINT "IncidentRollup_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IncidentRollupFact_incidentId_idx" ON "IncidentRollupFact"("incidentId");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentRollup_viewerId_grain_period_key_key" ON "IncidentRollup"("viewerId", "grain", "period", "key");

-- Written by hand below: Prisma's schema has no functions or triggers and its diff ignores them.
--
-- The rollup is kept by statement triggers on the incident tables, so every writer (the app, the
-- import, the seed, a COPY) updates it in its own transaction. IncidentRollupFact holds what each
-- incident currently adds, per reading organization, so a change takes back exactly that and adds
-- the new figures: the rollup stays exact whatever changed (figures, status, partners, injuries,
-- deletion) and in whatever order the triggers of one transaction run.
CREATE FUNCTION incident_rollup_refresh(incident_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  emptied bigint[];
BEGIN
  IF cardinality(incident_ids) = 0 THEN RETURN; END IF;
  WITH taken AS (
    DELETE FROM "IncidentRollupFact" f WHERE f."incidentId" = ANY (incident_ids) RETURNING f.*
  ), added AS (
    INSERT INTO "IncidentRollupFact" ("incidentId", "viewerId", "day", "key", "status", "organizationId", "vesselId", "boatType",
      "region", "route", "sarRegions", "causesOfDeath", "partnerIds", "hasDeaths", "incidents", "rescued", "dead", "missing",
      "rescuedUnknown", "deadUnknown", "missingUnknown", "deadOrMissingUnknown", "knownLost", "knownInvolved", "knownIncidents",
      "injured", "serious", "critical", "evacuated", "positioned", "inView")
    SELECT i.id, v.id, (i."occurredAt" AT TIME ZONE 'UTC')::date,
      md5(ROW(i.status, i."organizationId", i."vesselId", i."boatType", i.region, i.route, d.sar, d.causes, p.ids, d."hasDeaths")::text)::uuid,
      i.status, i."organizationId", i."vesselId", i."boatType", i.region, i.route, d.sar, d.causes, p.ids, d."hasDeaths",
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
      d."sarRegions", d."causesOfDeath", d."partnerIds", d."hasDeaths",
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
      d."sarRegions", d."causesOfDeath", d."partnerIds", d."hasDeaths"
  ), applied AS (
    INSERT INTO "IncidentRollup" AS r ("viewerId", "grain", "period", "key", "status", "organizationId", "vesselId", "boatType",
      "region", "route", "sarRegions", "causesOfDeath", "partnerIds", "hasDeaths", "incidents", "rescued", "dead", "missing",
      "rescuedUnknown", "deadUnknown", "missingUnknown", "deadOrMissingUnknown", "knownLost", "knownInvolved", "knownIncidents",
      "injured", "serious", "critical", "evacuated", "positioned", "inView")
    SELECT "viewerId", "grain", "period", "key", "status", "organizationId", "vesselId", "boatType",
      "region", "route", "sarRegions", "causesOfDeath", "partnerIds", "hasDeaths", "incidents", "rescued", "dead", "missing",
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

-- Every incident again, and every incident the facts still name (after a TRUNCATE, say).
CREATE FUNCTION incident_rollup_rebuild() RETURNS void LANGUAGE sql AS $$
  SELECT incident_rollup_refresh(ARRAY(SELECT id FROM "Incident" UNION SELECT "incidentId" FROM "IncidentRollupFact"))
$$;

CREATE FUNCTION incident_rollup_on_incident() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM incident_rollup_refresh(ARRAY(SELECT id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM incident_rollup_refresh(ARRAY(SELECT id FROM old_rows));
  ELSE
    PERFORM incident_rollup_refresh(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.status, n."occurredAt", n."deletedAt", n."organizationId", n."vesselId", n."boatType", n.region, n.route, n."sarRegions",
          n."causesOfDeath", n.rescued, n.dead, n.missing, n.latitude, n.longitude)
        IS DISTINCT FROM (o.status, o."occurredAt", o."deletedAt", o."organizationId", o."vesselId", o."boatType", o.region, o.route, o."sarRegions",
          o."causesOfDeath", o.rescued, o.dead, o.missing, o.latitude, o.longitude)));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION incident_rollup_on_child() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM incident_rollup_refresh(ARRAY(SELECT DISTINCT "incidentId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM incident_rollup_refresh(ARRAY(SELECT DISTINCT "incidentId" FROM old_rows));
  ELSE
    PERFORM incident_rollup_refresh(ARRAY(SELECT "incidentId" FROM new_rows UNION SELECT "incidentId" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION incident_rollup_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM incident_rollup_rebuild();
  RETURN NULL;
END $$;

CREATE TRIGGER incident_rollup_insert AFTER INSERT ON "Incident" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_rollup_on_incident();
CREATE TRIGGER incident_rollup_update AFTER UPDATE ON "Incident" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_rollup_on_incident();
CREATE TRIGGER incident_rollup_delete AFTER DELETE ON "Incident" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_rollup_on_incident();
CREATE TRIGGER incident_rollup_truncate AFTER TRUNCATE ON "Incident" FOR EACH STATEMENT EXECUTE FUNCTION incident_rollup_on_truncate();

CREATE TRIGGER incident_rollup_insert AFTER INSERT ON "Injury" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_rollup_on_child();
CREATE TRIGGER incident_rollup_update AFTER UPDATE ON "Injury" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_rollup_on_child();
CREATE TRIGGER incident_rollup_delete AFTER DELETE ON "Injury" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_rollup_on_child();
CREATE TRIGGER incident_rollup_truncate AFTER TRUNCATE ON "Injury" FOR EACH STATEMENT EXECUTE FUNCTION incident_rollup_on_truncate();

CREATE TRIGGER incident_rollup_insert AFTER INSERT ON "Evacuation" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_rollup_on_child();
CREATE TRIGGER incident_rollup_update AFTER UPDATE ON "Evacuation" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_rollup_on_child();
CREATE TRIGGER incident_rollup_delete AFTER DELETE ON "Evacuation" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_rollup_on_child();
CREATE TRIGGER incident_rollup_truncate AFTER TRUNCATE ON "Evacuation" FOR EACH STATEMENT EXECUTE FUNCTION incident_rollup_on_truncate();

CREATE TRIGGER incident_rollup_insert AFTER INSERT ON "IncidentPartner" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_rollup_on_child();
CREATE TRIGGER incident_rollup_update AFTER UPDATE ON "IncidentPartner" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_rollup_on_child();
CREATE TRIGGER incident_rollup_delete AFTER DELETE ON "IncidentPartner" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_rollup_on_child();
CREATE TRIGGER incident_rollup_truncate AFTER TRUNCATE ON "IncidentPartner" FOR EACH STATEMENT EXECUTE FUNCTION incident_rollup_on_truncate();

-- The dashboard map draws the incidents with the most people first: walk them in that order.
CREATE INDEX "Incident_people_idx" ON "Incident" ((COALESCE("rescued", 0) + COALESCE("dead", 0) + COALESCE("missing", 0)) DESC, "occurredAt" DESC, "id");

SELECT incident_rollup_rebuild();
