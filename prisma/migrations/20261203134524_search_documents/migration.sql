-- The list's search (issue 13): trigram indexes, so that any part of a word matches ("Argos", "0042",
-- "33°15"), including references and positions as typed, which a tsvector's parser splits or drops.
-- A rare word is found in milliseconds at 580,000 cases; a word in a quarter of them is not yet (see
-- bench/RESULTS.md, "List search"): that is the order and the count over many matches, not the index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "SavedFilter" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "name" TEXT,
    "params" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedFilter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SavedFilter_createdAt_idx" ON "SavedFilter"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SavedFilter_userId_name_key" ON "SavedFilter"("userId", "name");

-- AddForeignKey
ALTER TABLE "SavedFilter" ADD CONSTRAINT "SavedFilter_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- What the search finds a case by, apart from its narrative: its own fields, the names of its vessel and
-- partners, and its timeline (ports, authorities, positions, who). One column with one index lets the
-- planner weigh a search like any other condition; joins in the query could not use an index.
CREATE FUNCTION incident_search_document(incident "Incident") RETURNS text LANGUAGE sql STABLE AS $$
  SELECT concat_ws(' ', incident.reference, incident."positionText", incident."disembarkationPort", incident."coordinatingAuthority",
    (SELECT v.name FROM "Vessel" v WHERE v.id = incident."vesselId"),
    (SELECT string_agg(concat_ws(' ', o.name, o."shortName"), ' ')
       FROM "IncidentPartner" p JOIN "Organization" o ON o.id = p."organizationId" WHERE p."incidentId" = incident.id),
    (SELECT string_agg(concat_ws(' ', e.port, e.authority, e."positionText", v.name, o.name), ' ' ORDER BY e."occurredAt")
       FROM "TimelineEvent" e LEFT JOIN "Vessel" v ON v.id = e."vesselId" LEFT JOIN "Organization" o ON o.id = e."organizationId"
      WHERE e."incidentId" = incident.id))
$$;

CREATE FUNCTION incident_search_on_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := incident_search_document(NEW);
  RETURN NEW;
END $$;

-- Rewriting the incident row fires incident_search_on_write, which reads the new partners and events.
CREATE FUNCTION incident_search_on_child_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    UPDATE "Incident" SET "searchText" = '' WHERE id IN (SELECT "incidentId" FROM old_rows UNION SELECT "incidentId" FROM changed_rows);
  ELSE
    UPDATE "Incident" SET "searchText" = '' WHERE id IN (SELECT "incidentId" FROM changed_rows);
  END IF;
  RETURN NULL;
END $$;

-- Renames are rare (an administrator's edit): every case that names the vessel or organization follows.
CREATE FUNCTION incident_search_on_rename() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'Vessel' THEN
    UPDATE "Incident" SET "searchText" = '' WHERE id IN (
      SELECT id FROM "Incident" WHERE "vesselId" = NEW.id UNION SELECT "incidentId" FROM "TimelineEvent" WHERE "vesselId" = NEW.id);
  ELSE
    UPDATE "Incident" SET "searchText" = '' WHERE id IN (
      SELECT "incidentId" FROM "IncidentPartner" WHERE "organizationId" = NEW.id UNION SELECT "incidentId" FROM "TimelineEvent" WHERE "organizationId" = NEW.id);
  END IF;
  RETURN NULL;
END $$;

-- The figures do not change: the rollup need not be refreshed for the backfill.
ALTER TABLE "Incident" DISABLE TRIGGER incident_rollup_update;
UPDATE "Incident" i SET "searchText" = incident_search_document(i);
ALTER TABLE "Incident" ENABLE TRIGGER incident_rollup_update;

CREATE TRIGGER incident_search_write BEFORE INSERT OR UPDATE ON "Incident" FOR EACH ROW EXECUTE FUNCTION incident_search_on_write();
CREATE TRIGGER incident_search_insert AFTER INSERT ON "IncidentPartner" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_search_on_child_write();
CREATE TRIGGER incident_search_update AFTER UPDATE ON "IncidentPartner" REFERENCING OLD TABLE AS old_rows NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_search_on_child_write();
CREATE TRIGGER incident_search_delete AFTER DELETE ON "IncidentPartner" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_search_on_child_write();
CREATE TRIGGER incident_search_insert AFTER INSERT ON "TimelineEvent" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_search_on_child_write();
CREATE TRIGGER incident_search_update AFTER UPDATE ON "TimelineEvent" REFERENCING OLD TABLE AS old_rows NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_search_on_child_write();
CREATE TRIGGER incident_search_delete AFTER DELETE ON "TimelineEvent" REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION incident_search_on_child_write();
CREATE TRIGGER incident_search_rename AFTER UPDATE OF name ON "Vessel" FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
  EXECUTE FUNCTION incident_search_on_rename();
CREATE TRIGGER incident_search_rename AFTER UPDATE OF name, "shortName" ON "Organization" FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD."shortName" IS DISTINCT FROM NEW."shortName") EXECUTE FUNCTION incident_search_on_rename();

-- CreateIndex
CREATE INDEX "Incident_searchText_idx" ON "Incident" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Incident_narrative_idx" ON "Incident" USING GIN ("narrative" gin_trgm_ops);
