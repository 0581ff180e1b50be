-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "eventGroup" TEXT,
ADD COLUMN     "locationOfDeath" TEXT,
ADD COLUMN     "regionOfOrigin" TEXT,
ADD COLUMN     "sourceUrl" TEXT,
ADD COLUMN     "unsdGrouping" TEXT;

-- AlterTable
ALTER TABLE "IncidentNationality" ALTER COLUMN "count" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "Incident_eventGroup_idx" ON "Incident"("eventGroup");

-- Written by hand below (issue 16: every column of IOM's downloads kept).

-- The place of death is searched like the other places of a case.
CREATE OR REPLACE FUNCTION incident_search_document(incident "Incident") RETURNS text LANGUAGE sql STABLE AS $$
  SELECT concat_ws(' ', incident.reference, incident."positionText", incident."locationOfDeath", incident."disembarkationPort",
    incident."coordinatingAuthority", incident."departurePlace",
    (SELECT v.name FROM "Vessel" v WHERE v.id = incident."vesselId"),
    (SELECT string_agg(concat_ws(' ', o.name, o."shortName"), ' ')
       FROM "IncidentPartner" p JOIN "Organization" o ON o.id = p."organizationId" WHERE p."incidentId" = incident.id),
    (SELECT string_agg(country_search_names(n.country), ' ' ORDER BY n.country)
       FROM "IncidentNationality" n WHERE n."incidentId" = incident.id),
    (SELECT string_agg(concat_ws(' ', e.port, e.authority, e."positionText", v.name, o.name), ' ' ORDER BY e."occurredAt")
       FROM "TimelineEvent" e LEFT JOIN "Vessel" v ON v.id = e."vesselId" LEFT JOIN "Organization" o ON o.id = e."organizationId"
      WHERE e."incidentId" = incident.id))
$$;

-- Records imported from IOM's 2014–2021 file before these columns existed, moved to where that import now
-- puts them, so that importing the file again changes nothing: the URL glued to the source after "URL: "
-- gets its own column, and IOM's location description leaves the narrative for the location of death,
-- unless someone has since edited the narrative (an UPDATE audit event naming it): then it stays theirs.
-- No figure changes: the rollups need no refresh; incident_search_write rewrites the search words.
ALTER TABLE "Incident" DISABLE TRIGGER incident_rollup_update;
ALTER TABLE "Incident" DISABLE TRIGGER period_rollup_update;
UPDATE "Incident" i SET
  "sourceUrl" = CASE WHEN strpos(i.source, E'\nURL: ') > 0 THEN substr(i.source, strpos(i.source, E'\nURL: ') + 6) END,
  source = CASE WHEN strpos(i.source, E'\nURL: ') > 0 THEN NULLIF(split_part(i.source, E'\nURL: ', 1), '') ELSE i.source END,
  "locationOfDeath" = CASE WHEN x."isNarrativeEdited" THEN NULL ELSE i.narrative END,
  narrative = CASE WHEN x."isNarrativeEdited" THEN i.narrative END
FROM (
  SELECT y.id, EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."incidentId" = y.id AND a.action = 'UPDATE' AND a.changes ? 'narrative') AS "isNarrativeEdited"
  FROM "Incident" y WHERE y."sourceDataset" = 'IOM Missing Migrants'
) x
WHERE x.id = i.id;
ALTER TABLE "Incident" ENABLE TRIGGER period_rollup_update;
ALTER TABLE "Incident" ENABLE TRIGGER incident_rollup_update;
