import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { verifyPassword } from "@/lib/auth/password";
import { parsePosition } from "@/lib/geo/parse-position";
import { deployMigrations } from "@/lib/migrate";
import { type TestServer, testServer } from "@/lib/test/postgres-server";
import { DEMO_PASSWORD, DEMO_USERS, REFERENCE_CASE, seedReferenceData, seedSyntheticIncidents } from "./index";

const TABLES = ["Organization", "User", "Vessel", "Incident", "Injury", "Evacuation", "IncidentPartner", "TimelineEvent", "TrackPoint", "ReferenceCounter", "AuditEvent"];

let server: TestServer;
let db: PrismaClient;
let firstRun: { reference: Awaited<ReturnType<typeof seedReferenceData>>; synthetic: Awaited<ReturnType<typeof seedSyntheticIncidents>> };

async function seed() {
  return { reference: await seedReferenceData(db), synthetic: await seedSyntheticIncidents(db) };
}

// Every row of every table, hashed: equal fingerprints mean nothing was added or changed.
async function fingerprint() {
  const rows = await Promise.all(TABLES.map((table) =>
    db.$queryRawUnsafe<{ count: bigint; digest: string }[]>(`SELECT count(*) AS count, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${table}" t`)));
  return Object.fromEntries(TABLES.map((table, i) => [table, rows[i][0]]));
}

const sqlCount = async (sql: string) => Number((await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM (${sql}) q`))[0].n);

beforeAll(async () => {
  server = await testServer();
  const url = await server.createDatabase("seed");
  await deployMigrations(url);
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  firstRun = await seed();
});

afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
});

describe("seed", () => {
  it("creates the demo data once: a second run adds and changes nothing", async () => {
    expect(firstRun.reference).toEqual({ organizations: 3, vessels: 3, users: 9, incidents: 2 });
    expect(firstRun.synthetic).toEqual({ created: 400, existing: 0 });
    const before = await fingerprint();
    expect(await seed()).toEqual({ reference: { organizations: 0, vessels: 0, users: 0, incidents: 0 }, synthetic: { created: 0, existing: 400 } });
    expect(await fingerprint()).toEqual(before);
  });

  it("records the reference case as the report tells it", async () => {
    const rescue = await db.incident.findUniqueOrThrow({
      where: { reference: REFERENCE_CASE.rescue },
      include: { vessel: true, injuries: true, evacuations: true, partners: { include: { organization: true } }, auditEvents: { orderBy: { createdAt: "asc" } } },
    });
    expect(rescue).toMatchObject({ status: "VERIFIED", boatType: "INFLATABLE", rescued: 107, dead: 29, infants: 1, coordinatingAuthority: "MRCC Rome", region: "Mediterranean", route: "Central Mediterranean", version: 26 });
    expect(rescue).toMatchObject({ distanceToCoastNm: 26, nearestCountry: "Libya" });
    expect(rescue.vessel?.name).toBe("Bourbon Argos");
    expect(rescue.occurredAt.toISOString()).toBe("2016-10-25T06:30:00.000Z");
    expect(rescue.occurredAt.getUTCDay()).toBe(2);
    expect(rescue.causesOfDeath.sort()).toEqual(["DROWNING", "FUEL_BURNS", "SUFFOCATION"]);
    expect(rescue.injuries.filter((i) => i.type === "FUEL_BURN").reduce((sum, i) => sum + i.count, 0)).toBe(23);
    expect(rescue.injuries.find((i) => i.severity === "SERIOUS")?.count).toBe(11);
    expect(rescue.evacuations.reduce((sum, e) => sum + e.count, 0)).toBe(7);
    expect(rescue.evacuations.find((e) => e.means === "HELICOPTER")?.count).toBe(2);
    expect(rescue.partners.map((p) => [p.organization.shortName, p.role])).toEqual([["SW", "BODY_RECOVERY"]]);
    expect(rescue.narrative).toMatch(/eight-month-old baby/);
    expect(parsePosition(rescue.positionText!)).toMatchObject({ ok: true, latitude: expect.closeTo(rescue.latitude!, 5), longitude: expect.closeTo(rescue.longitude!, 5) });

    const [created, revised] = rescue.auditEvents.filter((e) => e.entityType === "Incident");
    expect(created).toMatchObject({ action: "CREATE", changes: expect.objectContaining({ dead: 11 }) });
    expect(revised).toMatchObject({ action: "UPDATE", changes: { dead: { from: 11, to: 29 } }, reason: "On closer examination" });
    const fieldUser = await db.user.findUniqueOrThrow({ where: { email: "field@msf.example" } });
    expect([created.actorId, revised.actorId]).toEqual([fieldUser.id, fieldUser.id]);

    const second = await db.incident.findUniqueOrThrow({ where: { reference: REFERENCE_CASE.secondRescue } });
    expect(second).toMatchObject({ status: "VERIFIED", vesselId: rescue.vesselId, boatType: "WOODEN", rescued: 139, dead: 0 });
    expect(second.occurredAt.toISOString().slice(0, 10)).toBe("2016-10-25");
  });

  it("tells the reference case as it unfolded: its timeline, the second rescue and the helicopter linked, its phase and outcome", async () => {
    const rescue = await db.incident.findUniqueOrThrow({
      where: { reference: REFERENCE_CASE.rescue },
      include: { timelineEvents: { orderBy: { occurredAt: "asc" }, include: { linkedIncident: true, evacuation: true, organization: true } } },
    });
    expect(rescue).toMatchObject({ phase: "CLOSED", phaseSetByHand: false, outcome: "RESCUED_BY_THIS_ORGANIZATION" });
    expect(rescue.narrative).toMatch(/are a reconstruction/);
    const events = rescue.timelineEvents;
    expect(events.map((e) => e.type)).toEqual([
      "ALERT_RECEIVED", "FIRST_SIGHTING", "ON_SCENE", "RESCUE_STARTED", "PERSONS_TAKEN_ABOARD", "OTHER", "RESCUE_COMPLETED", "CALLED_AWAY", "RETURNED",
      "MEDICAL_EVACUATION", "OTHER", "BODIES_RECOVERED", "BODIES_RECOVERED", "MEDICAL_EVACUATION", "POS_REQUESTED", "POS_REQUESTED", "POS_ASSIGNED",
      "DISEMBARKATION", "CASE_CLOSED",
    ]);
    const ofType = (type: string) => events.filter((e) => e.type === type);
    expect(ofType("CALLED_AWAY").concat(ofType("RETURNED")).map((e) => e.linkedIncident?.reference)).toEqual([REFERENCE_CASE.secondRescue, REFERENCE_CASE.secondRescue]);
    expect(ofType("MEDICAL_EVACUATION").map((e) => [e.evacuation?.means, e.evacuation?.count])).toEqual([["HELICOPTER", 2], ["BOAT", 5]]);
    expect(ofType("PERSONS_TAKEN_ABOARD").reduce((sum, e) => sum + e.count!, 0)).toBe(rescue.rescued);
    expect(ofType("BODIES_RECOVERED").reduce((sum, e) => sum + e.count!, 0)).toBe(rescue.dead);
    expect(ofType("BODIES_RECOVERED").map((e) => e.organization?.shortName)).toEqual(["SW", "SW"]);
    expect(ofType("RESCUE_STARTED")[0].occurredAt).toEqual(rescue.occurredAt);
    expect(events.at(-2)).toMatchObject({ type: "DISEMBARKATION", port: "Augusta" });
    expect(events.every((e) => e.occurredAt <= e.createdAt && e.createdAt >= rescue.createdAt)).toBe(true);
    // Each event was audited as it was recorded; the version counts every audited change.
    expect(await db.auditEvent.count({ where: { incidentId: rescue.id, entityType: "TimelineEvent", action: "CREATE" } })).toBe(events.length);
    // The dinghy's drift is on the track, each point saying it is a reconstruction, within a few miles of the rescue.
    const track = await db.trackPoint.findMany({ where: { incidentId: rescue.id }, orderBy: { occurredAt: "asc" } });
    expect(track).toHaveLength(3);
    for (const point of track) {
      expect(point.note).toMatch(/^Reconstruction: /);
      expect(Math.abs(point.latitude - rescue.latitude!) + Math.abs(point.longitude - rescue.longitude!)).toBeLessThan(0.1);
    }
    expect(await db.auditEvent.count({ where: { incidentId: rescue.id, entityType: "TrackPoint", action: "CREATE" } })).toBe(track.length);
    expect(await db.auditEvent.count({ where: { incidentId: rescue.id } })).toBe(rescue.version);

    const second = await db.incident.findUniqueOrThrow({ where: { reference: REFERENCE_CASE.secondRescue }, include: { timelineEvents: true } });
    expect(second).toMatchObject({ phase: "DISEMBARKED", outcome: "RESCUED_BY_THIS_ORGANIZATION" });
    expect(second.timelineEvents.find((e) => e.type === "PERSONS_TAKEN_ABOARD")?.count).toBe(139);
    expect(await db.auditEvent.count({ where: { incidentId: second.id } })).toBe(second.version);
  });

  it("gives every demo user the demo password", async () => {
    const users = await db.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } }, include: { organization: true } });
    expect(users).toHaveLength(9);
    for (const user of users) {
      const demo = DEMO_USERS.find((u) => u.email === user.email)!;
      expect([user.role, user.organization.shortName]).toEqual([demo.role, demo.organization]);
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
  });
});

describe("synthetic incidents", () => {
  it("keep the figures consistent", async () => {
    expect(await sqlCount(`SELECT 1 FROM "Incident" WHERE "personsOnBoard" < coalesce(rescued, 0) + coalesce(dead, 0) + coalesce(missing, 0)`)).toBe(0);
    expect(await sqlCount(`SELECT 1 FROM "Incident" WHERE least(rescued, dead, missing, "personsOnBoard", children, "unaccompaniedMinors", women, "pregnantWomen", infants) < 0`)).toBe(0);
    expect(await sqlCount(`SELECT 1 FROM "Injury" WHERE count <= 0 UNION ALL SELECT 1 FROM "Evacuation" WHERE count <= 0`)).toBe(0);
    expect(await sqlCount(`SELECT 1 FROM "Incident" i JOIN "Injury" j ON j."incidentId" = i.id GROUP BY i.id, i.rescued HAVING sum(j.count) > i.rescued`)).toBe(0);
    expect(await sqlCount(`SELECT 1 FROM "Incident" i JOIN "Evacuation" e ON e."incidentId" = i.id GROUP BY i.id, i.rescued HAVING sum(e.count) > i.rescued`)).toBe(0);
    expect(await sqlCount(`SELECT 1 FROM "Incident" WHERE (dead > 0) <> (cardinality("causesOfDeath") > 0)`)).toBe(0);
    expect(await sqlCount(`SELECT 1 FROM "Incident" WHERE "occurredAt" < '2014-01-01' OR "occurredAt" >= '2018-01-01' OR latitude NOT BETWEEN 32.5 AND 36.5 OR longitude NOT BETWEEN 10.5 AND 16`)).toBe(0);
    expect(await sqlCount(`SELECT 1 FROM "Incident" i JOIN "Vessel" v ON v.id = i."vesselId" WHERE v."organizationId" <> i."organizationId"`)).toBe(0);
  });

  it("have people on board within the whole, and the reference case no invented nationalities", async () => {
    const whole = `coalesce(i."personsOnBoard", i.rescued + i.dead + i.missing)`;
    expect(await sqlCount(`SELECT 1 FROM "Incident" i JOIN "IncidentNationality" n ON n."incidentId" = i.id GROUP BY i.id HAVING sum(n.count) > min(${whole})`)).toBe(0);
    expect(await sqlCount(`SELECT 1 FROM "Incident" i WHERE coalesce(women, 0) + coalesce(men, 0) + coalesce(children, 0) + coalesce("sexAgeUnknown", 0) > ${whole}`)).toBe(0);
    expect(await sqlCount(`SELECT 1 FROM "Incident" WHERE coalesce(girls, 0) + coalesce(boys, 0) > coalesce(children, 0) OR "departedAt" > "occurredAt"`)).toBe(0);
    expect(await sqlCount(`SELECT DISTINCT 1 FROM "IncidentNationality" n JOIN "Incident" i ON i.id = n."incidentId" WHERE i.reference LIKE 'MSF-2016-%'`)).toBe(1);
    expect(await sqlCount(`SELECT 1 FROM "IncidentNationality" n JOIN "Incident" i ON i.id = n."incidentId" WHERE i.reference IN ('${REFERENCE_CASE.rescue}', '${REFERENCE_CASE.secondRescue}')`)).toBe(0);
  });

  it("look like the real sea: mostly no deaths, more in summer, some without a rescuing vessel", async () => {
    const [row] = await db.$queryRaw<{ total: bigint; noDead: bigint; summer: bigint; winter: bigint; noVessel: bigint; verifiedOrSubmitted: bigint }[]>`
      SELECT count(*) AS total, count(*) FILTER (WHERE dead = 0) AS "noDead",
        count(*) FILTER (WHERE extract(month FROM "occurredAt") IN (6, 7, 8)) AS summer,
        count(*) FILTER (WHERE extract(month FROM "occurredAt") IN (12, 1, 2)) AS winter,
        count(*) FILTER (WHERE "vesselId" IS NULL) AS "noVessel",
        count(*) FILTER (WHERE status IN ('VERIFIED', 'SUBMITTED')) AS "verifiedOrSubmitted"
      FROM "Incident"`;
    const share = (n: bigint) => Number(n) / Number(row.total);
    expect(Number(row.total)).toBe(402);
    expect(share(row.noDead)).toBeGreaterThan(0.6);
    expect(row.summer).toBeGreaterThan(row.winter * 2n);
    expect(share(row.noVessel)).toBeGreaterThan(0.05);
    expect(share(row.verifiedOrSubmitted)).toBeGreaterThan(0.7);
    expect((await db.incident.groupBy({ by: ["status"] })).length).toBe(4);

    const offLibya = await db.incident.findMany({ where: { nearestCountry: "Libya" }, select: { distanceToCoastNm: true } });
    expect(offLibya.length / Number(row.total)).toBeGreaterThan(0.6);
    expect(offLibya.filter((i) => i.distanceToCoastNm! >= 7 && i.distanceToCoastNm! <= 80).length).toBe(offLibya.length);
    expect(await db.incident.count({ where: { OR: [{ distanceToCoastNm: null }, { distanceToCoastNm: { lt: 2 } }, { sarRegions: { isEmpty: true } }] } })).toBe(0);
  });

  it("number references per organization and year without gaps, and leave each counter at the last number", async () => {
    const sequences = await db.$queryRaw<{ shortName: string; year: number; count: bigint; distinct: bigint; max: number; lastNumber: number | null; misfiled: bigint }[]>`
      SELECT o."shortName", r.year, count(*) AS count, count(DISTINCT r.number) AS distinct, max(r.number) AS max, c."lastNumber",
        count(*) FILTER (WHERE r.year <> extract(year FROM r."occurredAt" AT TIME ZONE 'UTC')) AS misfiled
      FROM (SELECT "organizationId", "occurredAt", split_part(reference, '-', 2)::int AS year, split_part(reference, '-', 3)::int AS number,
              split_part(reference, '-', 1) AS prefix FROM "Incident") r
      JOIN "Organization" o ON o.id = r."organizationId" AND o."shortName" = r.prefix
      LEFT JOIN "ReferenceCounter" c ON c."organizationId" = r."organizationId" AND c.year = r.year
      GROUP BY o."shortName", r.year, c."lastNumber"`;
    expect(sequences.reduce((sum, s) => sum + Number(s.count), 0)).toBe(402);
    for (const s of sequences) {
      expect([s.shortName, s.year, Number(s.distinct), s.max, s.lastNumber, Number(s.misfiled)]).toEqual([s.shortName, s.year, Number(s.count), Number(s.count), s.max, 0]);
    }
    expect(await db.referenceCounter.count()).toBe(sequences.length);
  });

  it("have each organization take part in the others' incidents", async () => {
    const partners = await db.$queryRaw<{ shortName: string; count: bigint }[]>`
      SELECT o."shortName", count(*) AS count FROM "IncidentPartner" p
      JOIN "Incident" i ON i.id = p."incidentId" JOIN "Organization" o ON o.id = p."organizationId"
      WHERE p."organizationId" <> i."organizationId" GROUP BY o."shortName"`;
    expect(partners.map((p) => p.shortName).sort()).toEqual(["MSF", "SOSM", "SW"]);
    expect(await sqlCount(`SELECT 1 FROM "IncidentPartner" p JOIN "Incident" i ON i.id = p."incidentId" WHERE p."organizationId" = i."organizationId"`)).toBe(0);
  });
});
