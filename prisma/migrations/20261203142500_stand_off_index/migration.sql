-- Written by hand: Prisma's schema cannot say a partial index with included columns.
--
-- The dashboard's stand-off percentiles (lib/data/dashboard/get-stand-off.ts) read the incidents that have
-- both a rescue and a disembarkation. Measured on the bench database, a scan of those rows in the heap
-- (wide rows: narrative, positions) cost most of the dashboard's time; this index holds every column the
-- shared filters (incidentWhereSql) and the percentiles read, so PostgreSQL answers from it alone.
CREATE INDEX "Incident_standOff_idx" ON "Incident" ("occurredAt")
  INCLUDE ("organizationId", id, status, "rescueAt", "disembarkedAt", "vesselId", "boatType", region, route, "sarRegions", outcome, phase)
  WHERE "disembarkedAt" IS NOT NULL AND "deletedAt" IS NULL;
