-- CreateTable
CREATE TABLE "PeriodRollupFact" (
    "id" BIGSERIAL NOT NULL,
    "incidentId" UUID NOT NULL,
    "viewerId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "status" "IncidentStatus" NOT NULL,
    "standOffHours" INTEGER,
    "countries" TEXT[],
    "persons" INTEGER[],

    CONSTRAINT "PeriodRollupFact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StandOffRollup" (
    "viewerId" UUID NOT NULL,
    "grain" "RollupGrain" NOT NULL,
    "period" DATE NOT NULL,
    "status" "IncidentStatus" NOT NULL,
    "hours" INTEGER NOT NULL,
    "cases" INTEGER NOT NULL,

    CONSTRAINT "StandOffRollup_pkey" PRIMARY KEY ("viewerId","grain","period","status","hours")
);

-- CreateTable
CREATE TABLE "NationalityRollup" (
    "viewerId" UUID NOT NULL,
    "grain" "RollupGrain" NOT NULL,
    "period" DATE NOT NULL,
    "status" "IncidentStatus" NOT NULL,
    "country" TEXT NOT NULL,
    "persons" INTEGER NOT NULL,
    "cases" INTEGER NOT NULL,

    CONSTRAINT "NationalityRollup_pkey" PRIMARY KEY ("viewerId","grain","period","status","country")
);

-- CreateIndex
CREATE INDEX "PeriodRollupFact_incidentId_idx" ON "PeriodRollupFact"("incidentId");

-- Written by hand below: Prisma's schema has no functions, triggers or partial indexes.
--
-- The dashboard's stand-off percentiles and nationalities top 10 read every case in scope: at a million
-- cases, seconds. Percentiles and distinct counts do not add up across IncidentRollup's fine dimensions,
-- so these two rollups keep only what the dashboard shows when no filter but the period and the statuses
-- is set (its first view): cases per whole hour of stand-off, persons and cases per nationality. Other
-- filters read the incidents (lib/data/dashboard/period-rollup.ts); both give the same figures.
-- Maintained like IncidentRollup (20261124231121_incident_rollup): each incident's current contribution
-- per reading organization is kept in PeriodRollupFact, so a change takes back exactly what was added.

-- A case's stand-off in whole hours (rounded down), the unit of the stand-off percentiles everywhere.
CREATE FUNCTION stand_off_hours(rescue_at timestamptz, disembarked_at timestamptz) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT floor(extract(epoch FROM disembarked_at - rescue_at) / 3600)::integer $$;

-- Rows that count nothing are deleted after each change; these indexes find them without a scan.
CREATE INDEX "StandOffRollup_empty_idx" ON "StandOffRollup" ("viewerId") WHERE cases = 0;
CREATE INDEX "NationalityRollup_empty_idx" ON "NationalityRollup" ("viewerId") WHERE cases = 0 AND persons = 0;

CREATE FUNCTION period_rollup_refresh(incident_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  done integer;
BEGIN
  IF cardinality(incident_ids) = 0 THEN RETURN; END IF;
  WITH taken AS (
    DELETE FROM "PeriodRollupFact" f WHERE f."incidentId" = ANY (incident_ids) RETURNING f.*
  ), added AS (
    INSERT INTO "PeriodRollupFact" ("incidentId", "viewerId", "day", "status", "standOffHours", "countries", "persons")
    SELECT i.id, v.id, (i."occurredAt" AT TIME ZONE 'UTC')::date, i.status,
      CASE WHEN i."disembarkedAt" IS NOT NULL THEN stand_off_hours(i."rescueAt", i."disembarkedAt") END, n.countries, n.persons
    FROM "Incident" i
    CROSS JOIN LATERAL (
      SELECT COALESCE(array_agg(x.country::text ORDER BY x.country), '{}') AS countries, COALESCE(array_agg(x.count ORDER BY x.country), '{}') AS persons
      FROM "IncidentNationality" x WHERE x."incidentId" = i.id AND x.count > 0) n
    CROSS JOIN LATERAL (SELECT i."organizationId" AS id UNION SELECT ip."organizationId" FROM "IncidentPartner" ip WHERE ip."incidentId" = i.id) v
    WHERE i.id = ANY (incident_ids) AND i."deletedAt" IS NULL
    RETURNING *
  ), delta AS (
    SELECT 1 AS sign, d.* FROM added d UNION ALL SELECT -1 AS sign, d.* FROM taken d
  ), periods AS (
    SELECT d.sign, d."viewerId", d.status, d."standOffHours", d.countries, d.persons, g.grain, g.period
    FROM delta d CROSS JOIN LATERAL (VALUES ('DAY'::"RollupGrain", d."day"), ('MONTH', date_trunc('month', d."day")::date),
      ('YEAR', date_trunc('year', d."day")::date)) g(grain, period)
  ), stand_off AS (
    INSERT INTO "StandOffRollup" AS r ("viewerId", grain, period, status, hours, cases)
    SELECT "viewerId", grain, period, status, "standOffHours", sum(sign) FROM periods WHERE "standOffHours" IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(sign) <> 0
    -- The same lock order in every transaction, so concurrent writers queue instead of deadlocking.
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("viewerId", grain, period, status, hours) DO UPDATE SET cases = r.cases + EXCLUDED.cases
  ), nationality AS (
    INSERT INTO "NationalityRollup" AS r ("viewerId", grain, period, status, country, persons, cases)
    SELECT p."viewerId", p.grain, p.period, p.status, c.country, sum(p.sign * c.persons), sum(p.sign)
    FROM periods p CROSS JOIN LATERAL (
      SELECT u.country, u.persons FROM unnest(p.countries, p.persons) AS u(country, persons)
      UNION ALL SELECT '', (SELECT sum(x) FROM unnest(p.persons) x)::int WHERE cardinality(p.countries) > 0) c
    GROUP BY 1, 2, 3, 4, 5 HAVING (sum(p.sign * c.persons), sum(p.sign)) <> (0, 0)
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("viewerId", grain, period, status, country) DO UPDATE SET persons = r.persons + EXCLUDED.persons, cases = r.cases + EXCLUDED.cases
  )
  SELECT 1 INTO done; -- the inserts above run whether or not this reads them
  DELETE FROM "StandOffRollup" WHERE cases = 0;
  DELETE FROM "NationalityRollup" WHERE cases = 0 AND persons = 0;
END $$;

CREATE FUNCTION period_rollup_rebuild() RETURNS void LANGUAGE sql AS $$
  TRUNCATE "PeriodRollupFact", "StandOffRollup", "NationalityRollup";
  SELECT period_rollup_refresh(ARRAY(SELECT id FROM "Incident"));
$$;

CREATE FUNCTION period_rollup_on_incident() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM period_rollup_refresh(ARRAY(SELECT id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM period_rollup_refresh(ARRAY(SELECT id FROM old_rows));
  ELSE
    PERFORM period_rollup_refresh(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.status, n."occurredAt", n."deletedAt", n."organizationId", n."rescueAt", n."disembarkedAt")
        IS DISTINCT FROM (o.status, o."occurredAt", o."deletedAt", o."organizationId", o."rescueAt", o."disembarkedAt")));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION period_rollup_on_child() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM period_rollup_refresh(ARRAY(SELECT DISTINCT "incidentId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM period_rollup_refresh(ARRAY(SELECT DISTINCT "incidentId" FROM old_rows));
  ELSE
    PERFORM period_rollup_refresh(ARRAY(SELECT "incidentId" FROM new_rows UNION SELECT "incidentId" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION period_rollup_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM period_rollup_rebuild();
  RETURN NULL;
END $$;

CREATE TRIGGER period_rollup_insert AFTER INSERT ON "Incident" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION period_rollup_on_incident();
CREATE TRIGGER period_rollup_update AFTER UPDATE ON "Incident" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION period_rollup_on_incident();
CREATE TRIGGER period_rollup_delete AFTER DELETE ON "Incident" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION period_rollup_on_incident();
CREATE TRIGGER period_rollup_truncate AFTER TRUNCATE ON "Incident" FOR EACH STATEMENT EXECUTE FUNCTION period_rollup_on_truncate();

CREATE TRIGGER period_rollup_insert AFTER INSERT ON "IncidentPartner" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION period_rollup_on_child();
CREATE TRIGGER period_rollup_update AFTER UPDATE ON "IncidentPartner" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION period_rollup_on_child();
CREATE TRIGGER period_rollup_delete AFTER DELETE ON "IncidentPartner" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION period_rollup_on_child();
CREATE TRIGGER period_rollup_truncate AFTER TRUNCATE ON "IncidentPartner" FOR EACH STATEMENT EXECUTE FUNCTION period_rollup_on_truncate();

CREATE TRIGGER period_rollup_insert AFTER INSERT ON "IncidentNationality" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION period_rollup_on_child();
CREATE TRIGGER period_rollup_update AFTER UPDATE ON "IncidentNationality" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION period_rollup_on_child();
CREATE TRIGGER period_rollup_delete AFTER DELETE ON "IncidentNationality" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION period_rollup_on_child();
CREATE TRIGGER period_rollup_truncate AFTER TRUNCATE ON "IncidentNationality" FOR EACH STATEMENT EXECUTE FUNCTION period_rollup_on_truncate();

SELECT period_rollup_rebuild();
