-- Defence in depth for the invariants the application checks (DESIGN.md): whatever writes to the
-- database, counts stay whole and not negative and positions stay on the globe. Written by hand:
-- Prisma's schema has no CHECK constraints and its diff ignores them, so they cause no drift.
ALTER TABLE "Incident"
    ADD CONSTRAINT "Incident_counts_check" CHECK (
        "personsOnBoard" >= 0 AND "rescued" >= 0 AND "dead" >= 0 AND "missing" >= 0
        AND "children" >= 0 AND "unaccompaniedMinors" >= 0 AND "women" >= 0 AND "pregnantWomen" >= 0 AND "infants" >= 0
    ),
    ADD CONSTRAINT "Incident_latitude_check" CHECK ("latitude" BETWEEN -90 AND 90),
    ADD CONSTRAINT "Incident_longitude_check" CHECK ("longitude" BETWEEN -180 AND 180),
    ADD CONSTRAINT "Incident_distanceToCoastNm_check" CHECK ("distanceToCoastNm" >= 0),
    ADD CONSTRAINT "Incident_sourceQuality_check" CHECK ("sourceQuality" BETWEEN 1 AND 5),
    ADD CONSTRAINT "Incident_version_check" CHECK ("version" >= 1);

ALTER TABLE "Injury" ADD CONSTRAINT "Injury_count_check" CHECK ("count" >= 1);
ALTER TABLE "Evacuation" ADD CONSTRAINT "Evacuation_count_check" CHECK ("count" >= 1);
ALTER TABLE "ReferenceCounter" ADD CONSTRAINT "ReferenceCounter_lastNumber_check" CHECK ("lastNumber" >= 0);
