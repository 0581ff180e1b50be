import { beforeAll, describe, expect, it } from "vitest";
import type { IncidentStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users";
import { parseIncidentFilters } from "@/lib/schemas/incident-filters";
import { createIncident, createOrganization, createUser } from "@/lib/test/factories";
import { standOffFromIncidents, standOffFromRollup } from "./get-stand-off";
import { seededUser } from "./test-support";

const NOW = new Date("2026-01-01T00:00:00Z");
const EVERY_STATUS: IncidentStatus[] = ["DRAFT", "SUBMITTED", "VERIFIED", "ARCHIVED"];

// What the period rollups must hold for one reading organization, derived from the incidents by SQL written
// apart from the triggers' (IN lists, a join per grain), so that a mistake in one is not repeated in the other.
async function expectedRows(viewerId: string) {
  const scope = `SELECT i.* FROM "Incident" i WHERE i."deletedAt" IS NULL AND (i."organizationId" = $1::uuid
    OR i.id IN (SELECT "incidentId" FROM "IncidentPartner" WHERE "organizationId" = $1::uuid))`;
  const grains = `(VALUES ('DAY', 'day'), ('MONTH', 'month'), ('YEAR', 'year')) g(grain, unit)`;
  const periodOf = `date_trunc(g.unit, s."occurredAt" AT TIME ZONE 'UTC')::date`;
  const [standOff, nationality] = await Promise.all([
    db.$queryRawUnsafe<unknown[]>(`
      SELECT g.grain, ${periodOf} AS period, s.status::text, floor(extract(epoch FROM s."disembarkedAt" - s."rescueAt") / 3600)::int AS hours, count(*)::int AS cases
      FROM (${scope}) s CROSS JOIN ${grains} WHERE s."disembarkedAt" IS NOT NULL GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`, viewerId),
    db.$queryRawUnsafe<unknown[]>(`
      SELECT g.grain, ${periodOf} AS period, s.status::text, x.country, sum(x.persons)::int AS persons, count(*)::int AS cases
      FROM (${scope}) s CROSS JOIN ${grains}
      JOIN (SELECT "incidentId", country::text, count AS persons FROM "IncidentNationality" WHERE count > 0
            UNION ALL SELECT "incidentId", '', sum(count)::int FROM "IncidentNationality" WHERE count > 0 GROUP BY "incidentId") x ON x."incidentId" = s.id
      GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`, viewerId),
  ]);
  return { standOff, nationality };
}

async function keptRows(viewerId: string) {
  const [standOff, nationality] = await Promise.all([
    db.$queryRaw<unknown[]>`SELECT grain::text, period, status::text, hours, cases FROM "StandOffRollup" WHERE "viewerId" = ${viewerId}::uuid ORDER BY 1, 2, 3, 4`,
    db.$queryRaw<unknown[]>`SELECT grain::text, period, status::text, country, persons, cases FROM "NationalityRollup" WHERE "viewerId" = ${viewerId}::uuid ORDER BY 1, 2, 3, 4`,
  ]);
  return { standOff, nationality };
}

describe("the period rollups (stand-off hours, nationalities)", () => {
  let owner: { id: string; user: SessionUser };
  let partner: { id: string; user: SessionUser };
  const ids: string[] = [];

  const caseWith = async (occurredAt: string, rescue: string, disembarked: string | null, countries: Record<string, number>) => {
    const incident = await createIncident(owner.id, { status: "SUBMITTED", occurredAt: new Date(occurredAt) });
    await db.timelineEvent.create({ data: { incidentId: incident.id, type: "RESCUE_STARTED", occurredAt: new Date(rescue) } });
    if (disembarked) await db.timelineEvent.create({ data: { incidentId: incident.id, type: "DISEMBARKATION", occurredAt: new Date(disembarked), port: "Augusta" } });
    await db.incidentNationality.createMany({ data: Object.entries(countries).map(([country, count]) => ({ incidentId: incident.id, country, count })) });
    ids.push(incident.id);
  };

  const check = async () => {
    for (const { id, user } of [owner, partner]) {
      expect(await keptRows(id)).toEqual(await expectedRows(id));
      const everything = parseIncidentFilters({ status: EVERY_STATUS });
      expect(await standOffFromRollup(user, everything, NOW)).toEqual(await standOffFromIncidents(user, everything, NOW));
    }
  };

  beforeAll(async () => {
    const [a, b] = [await createOrganization(), await createOrganization()];
    owner = { id: a.id, user: (await createUser(a.id, "COORDINATOR")).sessionUser };
    partner = { id: b.id, user: (await createUser(b.id, "COORDINATOR")).sessionUser };
    await caseWith("2019-03-10T06:00:00Z", "2019-03-10T06:00:00Z", "2019-03-12T07:59:00Z", { NG: 40, ER: 30 });
    await caseWith("2019-03-31T23:30:00Z", "2019-03-31T23:30:00Z", "2019-04-01T09:30:00Z", { ER: 5 });
    await caseWith("2019-04-02T06:00:00Z", "2019-04-02T06:00:00Z", null, { SD: 0, GM: 3 });
    await caseWith("2020-01-01T00:00:00Z", "2020-01-01T00:00:00Z", "2020-01-01T00:59:00Z", {});
  });

  it("hold what the incidents give, and follow every change that moves them", async () => {
    await check();
    await db.incidentPartner.create({ data: { incidentId: ids[0], organizationId: partner.id, role: "TRANSFER" } });
    await db.incidentPartner.create({ data: { incidentId: ids[2], organizationId: partner.id, role: "TRANSFER" } });
    await check();
    await db.incident.update({ where: { id: ids[0] }, data: { status: "VERIFIED" } });
    await db.incident.update({ where: { id: ids[1] }, data: { occurredAt: new Date("2018-12-31T10:00:00Z") } });
    await db.incidentNationality.update({ where: { incidentId_country: { incidentId: ids[0], country: "NG" } }, data: { count: 41 } });
    await db.incidentNationality.deleteMany({ where: { incidentId: ids[1] } });
    await check();
    await db.timelineEvent.updateMany({ where: { incidentId: ids[3], type: "DISEMBARKATION" }, data: { occurredAt: new Date("2020-01-04T12:00:00Z") } });
    await db.timelineEvent.create({ data: { incidentId: ids[2], type: "DISEMBARKATION", occurredAt: new Date("2019-04-05T06:00:00Z"), port: "Pozzallo" } });
    await db.incidentPartner.deleteMany({ where: { incidentId: ids[0], organizationId: partner.id } });
    await check();
    await db.incident.update({ where: { id: ids[2] }, data: { deletedAt: new Date() } });
    await db.incident.update({ where: { id: ids[3] }, data: { organizationId: partner.id } });
    await check();
    expect((await keptRows(owner.id)).standOff.length).toBeGreaterThan(0);
    expect((await keptRows(partner.id)).standOff.length).toBeGreaterThan(0);
  });
});

// Seeded periods no other test file writes in (see seeded-cases.ts), at edges that take days, months and years.
describe.each([
  ["coordinator@msf.example", { period: "custom", from: "2014-01-01", to: "2015-05-31" }],
  ["coordinator@msf.example", { period: "custom", from: "2014-03-15", to: "2015-02-10", status: "VERIFIED" }],
  ["coordinator@sea-watch.example", { period: "custom", from: "2016-01-01", to: "2016-06-30", status: EVERY_STATUS }],
  ["admin@sos-med.example", { period: "custom", from: "2016-03-05", to: "2016-05-27" }],
])("the stand-off of %s from the rollup", (email, params) => {
  it("equals the one from the incidents", async () => {
    const user = await seededUser(email);
    const filters = parseIncidentFilters(params);
    const fromRollup = await standOffFromRollup(user, filters, NOW);
    expect(fromRollup).toEqual(await standOffFromIncidents(user, filters, NOW));
    expect(fromRollup.length).toBeGreaterThan(0);
  });
});
