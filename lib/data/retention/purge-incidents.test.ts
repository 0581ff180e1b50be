import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createIncident } from "@/lib/data/incidents/create-incident";
import type { SessionUser } from "@/lib/data/users";
import { createOrganization, createUser, incidentFormValues } from "@/lib/test/factories";
import { useOwnDatabase } from "@/lib/test/own-database";
import { purgeDeletedIncidents } from "./purge-incidents";
import { auditEventsHolding, childRows, fullCaseDeleted } from "./test-cases";

// A database of this file's own: a purge takes every case past its period, whichever test deleted it.
let dropDatabase: () => Promise<void>;
const DAY = 24 * 60 * 60 * 1000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY);
const NONE = { injuries: 0, evacuations: 0, partners: 0, nationalities: 0, timelineEvents: 0, trackPoints: 0, rollupFacts: 0, periodFacts: 0 };

// What the rollups must hold for a reading organization, from the incidents by SQL of its own (not the triggers').
async function rollupsAndIncidents(viewerId: string) {
  const readable = `"deletedAt" IS NULL AND ("organizationId" = $1::uuid OR id IN (SELECT "incidentId" FROM "IncidentPartner" WHERE "organizationId" = $1::uuid))`;
  const [fromRollup, fromIncidents, nationalityRollup, nationalities] = await Promise.all([
    db.$queryRawUnsafe(`SELECT period, sum(incidents)::int AS cases, sum(rescued)::int AS rescued, sum(dead)::int AS dead, sum(injured)::int AS injured,
      sum(evacuated)::int AS evacuated FROM "IncidentRollup" WHERE "viewerId" = $1::uuid AND grain = 'YEAR' AND detailed GROUP BY 1 ORDER BY 1`, viewerId),
    db.$queryRawUnsafe(`SELECT date_trunc('year', "occurredAt" AT TIME ZONE 'UTC')::date AS period, count(*)::int AS cases, sum(coalesce(rescued, 0))::int AS rescued,
      sum(coalesce(dead, 0))::int AS dead, sum((SELECT coalesce(sum(count), 0) FROM "Injury" WHERE "incidentId" = i.id))::int AS injured,
      sum((SELECT coalesce(sum(count), 0) FROM "Evacuation" WHERE "incidentId" = i.id))::int AS evacuated
      FROM "Incident" i WHERE ${readable} GROUP BY 1 ORDER BY 1`, viewerId),
    db.$queryRawUnsafe(`SELECT country, sum(persons)::int AS persons FROM "NationalityRollup" WHERE "viewerId" = $1::uuid AND grain = 'YEAR' AND country <> '' GROUP BY 1 ORDER BY 1`, viewerId),
    db.$queryRawUnsafe(`SELECT country::text, sum(count)::int AS persons FROM "IncidentNationality" WHERE "incidentId" IN (SELECT id FROM "Incident" i WHERE ${readable}) GROUP BY 1 ORDER BY 1`, viewerId),
  ]);
  return { rollup: { cases: fromRollup, nationalities: nationalityRollup }, incidents: { cases: fromIncidents, nationalities } };
}

describe("purgeDeletedIncidents", () => {
  let field: SessionUser;
  let partnerId: string;

  beforeAll(async () => {
    dropDatabase = await useOwnDatabase("purge");
    const organization = await createOrganization();
    partnerId = (await createOrganization()).id;
    field = (await createUser(organization.id, "FIELD")).sessionUser;
  });

  afterAll(async () => {
    await dropDatabase?.();
  });

  it("purges a case deleted 31 days ago with its child rows and scrubs its audit trail; leaves the others alone", async () => {
    const token = crypto.randomUUID();
    const gone = await fullCaseDeleted(field, partnerId, token);
    const kept = await fullCaseDeleted(field, partnerId, crypto.randomUUID());
    await db.incident.update({ where: { id: kept.id }, data: { deletedAt: daysFromNow(10) } });
    const live = await createIncident(field, incidentFormValues({ nationalities: [{ country: "ER", count: "5" }], partners: [{ organizationId: partnerId, role: "TRANSFER" }] }));
    const gonesEvents = await db.auditEvent.findMany({ where: { incidentId: gone.id }, select: { id: true, action: true, actorId: true, createdAt: true, entityType: true, entityId: true } });
    const othersEvents = await db.auditEvent.findMany({ where: { incidentId: { in: [kept.id, live.id] } }, orderBy: { id: "asc" } });
    expect(await childRows(gone.id)).toEqual({ ...NONE, injuries: 2, evacuations: 1, partners: 1, nationalities: 2, timelineEvents: 1, trackPoints: 1 });
    expect(await auditEventsHolding(Object.values(gone.words))).not.toEqual([]);

    expect(await purgeDeletedIncidents(daysFromNow(31))).toEqual({ purged: [gone.reference], failed: [] });

    expect(await db.incident.findUnique({ where: { id: gone.id } })).toBeNull();
    expect(await childRows(gone.id)).toEqual(NONE);
    expect(await auditEventsHolding(Object.values(gone.words))).toEqual([]);
    // Every event stays, with who, what and when, and only the reference for details.
    const scrubbed = await db.auditEvent.findMany({ where: { id: { in: gonesEvents.map((e) => e.id) } }, select: { id: true, action: true, actorId: true, createdAt: true, entityType: true, entityId: true, changes: true, reason: true } });
    expect(scrubbed).toEqual(expect.arrayContaining(gonesEvents.map((event) => ({ ...event, changes: { scrubbed: true, reference: gone.reference }, reason: null }))));
    expect(scrubbed).toHaveLength(gonesEvents.length);
    expect(await db.auditEvent.findMany({ where: { action: "PURGE" }, select: { actorId: true, organizationId: true, entityType: true, entityId: true, changes: true } })).toEqual([{
      actorId: null, organizationId: field.organizationId, entityType: "Incident", entityId: gone.id, changes: { reference: gone.reference, deletedAt: expect.any(String) },
    }]);

    expect(await db.incident.count({ where: { id: { in: [kept.id, live.id] } } })).toBe(2);
    expect(await childRows(kept.id)).toMatchObject({ injuries: 2, timelineEvents: 1, trackPoints: 1, nationalities: 2 });
    expect(await db.auditEvent.findMany({ where: { incidentId: { in: [kept.id, live.id] } }, orderBy: { id: "asc" } })).toEqual(othersEvents);
    for (const viewer of [field.organizationId, partnerId]) {
      const { rollup, incidents } = await rollupsAndIncidents(viewer);
      expect(rollup).toEqual(incidents);
      expect(incidents.nationalities).toEqual([{ country: "ER", persons: 5 }]);
    }
  });

  it("keeps a case whose purge fails half-way whole, purges the one before it, and takes it on the next run", async () => {
    const [first, second] = [await fullCaseDeleted(field, partnerId, crypto.randomUUID()), await fullCaseDeleted(field, partnerId, crypto.randomUUID())];
    const secondEvents = await db.auditEvent.findMany({ where: { incidentId: second.id }, orderBy: { id: "asc" } });
    // The second case's last step fails: its audit trail is scrubbed and its rows deleted by then, in the same transaction.
    await db.$executeRawUnsafe(`CREATE FUNCTION test_refuse_purge() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.action = 'PURGE' AND NEW."entityId" = '${second.id}' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER test_refuse_purge BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION test_refuse_purge()`);
    let outcome: Awaited<ReturnType<typeof purgeDeletedIncidents>>;
    try {
      outcome = await purgeDeletedIncidents(daysFromNow(31));
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER test_refuse_purge ON "AuditEvent"`);
      await db.$executeRawUnsafe(`DROP FUNCTION test_refuse_purge()`);
    }

    expect(outcome.purged).toEqual([first.reference]);
    expect(outcome.failed).toEqual([{ id: second.id, error: expect.objectContaining({ message: expect.stringContaining("disk full") }) }]);
    expect(await db.incident.findUnique({ where: { id: second.id }, select: { deletedAt: true } })).toEqual({ deletedAt: expect.any(Date) });
    expect(await childRows(second.id)).toMatchObject({ injuries: 2, evacuations: 1, partners: 1, nationalities: 2, timelineEvents: 1, trackPoints: 1 });
    expect(await db.auditEvent.findMany({ where: { incidentId: second.id }, orderBy: { id: "asc" } })).toEqual(secondEvents);

    expect(await purgeDeletedIncidents(daysFromNow(31))).toEqual({ purged: [second.reference], failed: [] });
    expect(await auditEventsHolding(Object.values(second.words))).toEqual([]);
  });

  it("leaves a case within its organization's own period", async () => {
    const { id } = await fullCaseDeleted(field, partnerId, crypto.randomUUID());
    await db.privacySettings.create({ data: { organizationId: field.organizationId, restoreDays: 60, suppressionThreshold: 5, positionRoundingDegrees: 0.1 } });
    expect(await purgeDeletedIncidents(daysFromNow(59))).toEqual({ purged: [], failed: [] });
    expect(await purgeDeletedIncidents(daysFromNow(61))).toMatchObject({ purged: [expect.any(String)] });
    expect(await db.incident.findUnique({ where: { id } })).toBeNull();
  });
});
