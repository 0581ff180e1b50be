-- An import matches and creates only its own organization's incidents (issue 12): the same record of a
-- source dataset (an IOM Web ID) can be imported by each organization, so its key is unique per organization.
DROP INDEX "Incident_sourceDataset_externalId_key";
CREATE UNIQUE INDEX "Incident_organizationId_sourceDataset_externalId_key" ON "Incident"("organizationId", "sourceDataset", "externalId");

-- Every reference starts with its owner's short name, IOM records' too (IOM-<Web ID> becomes MSF-IOM-<Web ID>).
UPDATE "Incident" i SET reference = o."shortName" || '-' || i.reference
FROM "Organization" o
WHERE o.id = i."organizationId" AND i."sourceDataset" = 'IOM Missing Migrants' AND i.reference ~ '^IOM-[0-9]+$'
  AND NOT EXISTS (SELECT 1 FROM "Incident" x WHERE x.reference = o."shortName" || '-' || i.reference);

-- The next `wanted` free numbers of an organization's yearly sequence, as references (MSF-2016-0042).
-- Numbers some row already holds are skipped, whoever holds it and whether or not it is deleted, so that
-- no row can block an organization's numbering. The counter row stays locked until the transaction
-- ends: concurrent creates queue, and a rolled-back create gives its numbers back.
CREATE FUNCTION incident_references_take(org uuid, prefix text, yr int, wanted int) RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
  n int;
  ref text;
  got int := 0;
BEGIN
  INSERT INTO "ReferenceCounter" ("organizationId", "year", "lastNumber") VALUES (org, yr, 0)
  ON CONFLICT ("organizationId", "year") DO UPDATE SET "lastNumber" = "ReferenceCounter"."lastNumber"
  RETURNING "lastNumber" INTO n;
  WHILE got < wanted LOOP
    n := n + 1;
    ref := prefix || '-' || yr || '-' || lpad(n::text, greatest(4, length(n::text)), '0');
    CONTINUE WHEN EXISTS (SELECT 1 FROM "Incident" WHERE reference = ref);
    got := got + 1;
    RETURN NEXT ref;
  END LOOP;
  UPDATE "ReferenceCounter" SET "lastNumber" = n WHERE "organizationId" = org AND "year" = yr;
END
$$;
