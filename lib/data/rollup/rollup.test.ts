import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { BoatType, IncidentPhase, IncidentStatus } from "@/generated/prisma/enums";
import { changeIncidentStatus } from "@/lib/data/incidents/change-incident-status";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { deleteIncident } from "@/lib/data/incidents/delete-incident";
import { incidentWhereSql } from "@/lib/data/incidents/filter-sql";
import { updateIncident } from "@/lib/data/incidents/update-incident";
import { seededUser } from "@/lib/data/dashboard/test-support";
import { db } from "@/lib/db";
import { OUTCOME_FILTERS, periodRange, SAR_REGION_FILTERS, type IncidentFilters, parseIncidentFilters } from "@/lib/schemas/incident-filters";
import { createIncident as insertIncident, createOrganization, createUser, incidentFormValues } from "@/lib/test/factories";
import { rollupWhereSql } from "./rollup-where";

type Totals = {
  grain: string; period: string; status: string; outcome: string | null; phase: string | null;
  incidents: number; rescued: number; dead: number; missing: number; injured: number; evacuated: number;
};

/**
 * The rollup rows of one reading organization at one level, summed per grain, period and status (and outcome
 * and phase at the detailed level), beside the same sums computed here from the incidents, written
 * independently of the triggers' SQL.
 */
async function rollupBesideIncidents(viewerId: string, detailed: boolean) {
  const outcome = detailed ? Prisma.sql`outcome::text` : Prisma.sql`NULL::text`;
  const phase = detailed ? Prisma.sql`phase::text` : Prisma.sql`NULL::text`;
  const [kept, recomputed] = await db.$transaction([
    db.$queryRaw<Totals[]>`
      SELECT grain::text, period::text, status::text, outcome::text, phase::text, sum(incidents)::int AS incidents, sum(rescued)::int AS rescued,
        sum(dead)::int AS dead, sum(missing)::int AS missing, sum(injured)::int AS injured, sum(evacuated)::int AS evacuated
      FROM "IncidentRollup" WHERE "viewerId" = ${viewerId}::uuid AND detailed = ${detailed} GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
    db.$queryRaw<Totals[]>`
      WITH readable AS (
        SELECT i.*, (i."occurredAt" AT TIME ZONE 'UTC')::date AS day FROM "Incident" i
        WHERE i."deletedAt" IS NULL AND (i."organizationId" = ${viewerId}::uuid
          OR i.id IN (SELECT "incidentId" FROM "IncidentPartner" WHERE "organizationId" = ${viewerId}::uuid))),
      figures AS (
        SELECT r.*, (SELECT COALESCE(sum(count), 0) FROM "Injury" WHERE "incidentId" = r.id) AS injured,
          (SELECT COALESCE(sum(count), 0) FROM "Evacuation" WHERE "incidentId" = r.id) AS evacuated FROM readable r),
      periods AS (
        SELECT 'DAY' AS grain, day AS period, f.* FROM figures f
        UNION ALL SELECT 'MONTH', date_trunc('month', day)::date, f.* FROM figures f
        UNION ALL SELECT 'YEAR', date_trunc('year', day)::date, f.* FROM figures f)
      SELECT grain, period::text, status::text, ${outcome} AS outcome, ${phase} AS phase, count(*)::int AS incidents,
        COALESCE(sum(rescued), 0)::int AS rescued, COALESCE(sum(dead), 0)::int AS dead, COALESCE(sum(missing), 0)::int AS missing,
        sum(injured)::int AS injured, sum(evacuated)::int AS evacuated
      FROM periods GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
  ], { isolationLevel: "RepeatableRead" });
  return { kept, recomputed };
}

async function expectRollupExact(...viewerIds: string[]) {
  for (const viewerId of viewerIds) {
    for (const detailed of [true, false]) {
      const { kept, recomputed } = await rollupBesideIncidents(viewerId, detailed);
      expect(kept).toEqual(recomputed);
    }
  }
}

describe("the incident rollup", () => {
  it("follows every kind of write: create, edit, status, partners, injuries, soft and hard delete", async () => {
    const [owner, partner] = [await createOrganization(), await createOrganization()];
    const { sessionUser: coordinator } = await createUser(owner.id, "COORDINATOR");
    const { sessionUser: admin } = await createUser(owner.id, "ADMIN");
    const check = () => expectRollupExact(owner.id, partner.id);

    const { id } = await createIncident(coordinator, incidentFormValues({ intent: "submit", partners: [{ organizationId: partner.id, role: "TRANSFER" }] }));
    await check();
    let version = 1;
    await updateIncident(coordinator, id, incidentFormValues({ version, intent: "submit", dead: "30", occurredAt: "2016-11-02T01:00:00+02:00", reason: "recount" }));
    version++;
    await check(); // moved from October to November (UTC), and from one figure to another
    await updateIncident(coordinator, id, incidentFormValues({ version, intent: "submit", occurredAt: "2016-11-02T01:00:00+02:00", dead: "30", partners: [], injuries: [] }));
    version++;
    await check(); // the partner no longer reads it; injuries gone

    const other = await insertIncident(owner.id, { status: "SUBMITTED", rescued: null, dead: 4, latitude: 33, longitude: 12 });
    await db.injury.create({ data: { incidentId: other.id, type: "TRAUMA", severity: "CRITICAL", count: 3 } });
    await db.incidentPartner.create({ data: { incidentId: other.id, organizationId: partner.id, role: "SPOTTING" } });
    await db.evacuation.create({ data: { incidentId: other.id, count: 1, means: "BOAT" } });
    await check();
    await db.injury.updateMany({ where: { incidentId: other.id }, data: { count: 5 } });
    await db.incidentPartner.deleteMany({ where: { incidentId: other.id } });
    await check();

    await changeIncidentStatus(coordinator, other.id, "verify");
    await check();
    await db.incident.update({ where: { id: other.id }, data: { outcome: "INTERCEPTED_RETURNED_LIBYA", phase: "CLOSED" } });
    await check(); // outcome and phase move the detailed rows only
    await deleteIncident(admin, id, version);
    await check(); // soft delete: no longer counted
    await db.incident.delete({ where: { id: other.id } }); // hard delete, its rows cascading
    await check();
    expect(await db.$queryRaw`SELECT 1 FROM "IncidentRollupFact" WHERE "incidentId" IN (${id}::uuid, ${other.id}::uuid)`).toEqual([]);
  });

  it("stays exact under concurrent creates and edits in one organization and month, without deadlocks", async () => {
    const organization = await createOrganization();
    const { sessionUser: user } = await createUser(organization.id, "COORDINATOR");
    const created = await Promise.all(Array.from({ length: 30 }, (_, k) =>
      createIncident(user, incidentFormValues({ intent: "submit", rescued: String(30 + k), occurredAt: `2016-10-${String(1 + (k % 3)).padStart(2, "0")}T10:00:00Z` }))));
    await Promise.all(created.map(({ id }, k) => k % 2
      ? updateIncident(user, id, incidentFormValues({ version: 1, intent: "submit", rescued: String(100 + k), occurredAt: "2016-10-02T10:00:00Z", reason: "recount" }))
      : changeIncidentStatus(user, id, "verify", 1)));
    await expectRollupExact(organization.id);
    const [{ rescued }] = await db.$queryRaw<{ rescued: number }[]>`
      SELECT sum(rescued)::int AS rescued FROM "IncidentRollup" WHERE "viewerId" = ${organization.id}::uuid AND grain = 'YEAR' AND detailed`;
    expect(rescued).toBe(created.reduce((sum, _, k) => sum + (k % 2 ? 100 + k : 30 + k), 0));
  });

  it("counts what the incident list counts, for any filters and reader", async () => {
    const users = await Promise.all(["coordinator@msf.example", "coordinator@sea-watch.example", "admin@sos-med.example"].map(seededUser));
    const vessels = await db.vessel.findMany({ select: { id: true, organizationId: true } });
    const organizations = await db.organization.findMany({ select: { id: true } });
    const day = fc.integer({ min: 0, max: 5 * 366 }).map((n) => new Date(Date.UTC(2013, 6, 1) + n * 86_400_000).toISOString().slice(0, 10));
    const filters = fc.record({
      period: fc.constantFrom("all", "custom", "this-year", "last-12-months"),
      from: fc.option(day, { nil: undefined }),
      to: fc.option(day, { nil: undefined }),
      status: fc.subarray(Object.values(IncidentStatus), { minLength: 1 }),
      organization: fc.option(fc.constantFrom(...organizations.map((o) => o.id)), { nil: undefined }),
      vessel: fc.option(fc.constantFrom(...vessels.map((v) => v.id)), { nil: undefined }),
      sarRegion: fc.option(fc.constantFrom(...SAR_REGION_FILTERS), { nil: undefined }),
      boatType: fc.option(fc.constantFrom(...Object.values(BoatType)), { nil: undefined }),
      outcome: fc.option(fc.constantFrom(...OUTCOME_FILTERS), { nil: undefined }),
      phase: fc.option(fc.constantFrom(...Object.values(IncidentPhase)), { nil: undefined }),
    }).map((params) => parseIncidentFilters(params as Record<string, string | string[] | undefined>));

    await fc.assert(fc.asyncProperty(fc.constantFrom(...users), filters, async (user, chosen: IncidentFilters) => {
      const [[fromRollup], [fromIncidents]] = await db.$transaction([
        db.$queryRaw<object[]>`
          SELECT COALESCE(sum(incidents), 0)::int AS incidents, COALESCE(sum(rescued), 0)::int AS rescued,
            COALESCE(sum(dead) + sum(missing), 0)::int AS lost, COALESCE(sum("rescuedUnknown"), 0)::int AS "rescuedUnknown"
          FROM "IncidentRollup" r WHERE ${rollupWhereSql(user, chosen, periodRange(chosen))}`,
        db.$queryRaw<object[]>`
          SELECT count(*)::int AS incidents, COALESCE(sum(rescued), 0)::int AS rescued,
            COALESCE(sum(COALESCE(dead, 0) + COALESCE(missing, 0)), 0)::int AS lost, count(*) FILTER (WHERE rescued IS NULL)::int AS "rescuedUnknown"
          FROM "Incident" i WHERE ${incidentWhereSql(user, chosen)}`,
      ], { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead });
      expect(fromRollup).toEqual(fromIncidents);
    }), { numRuns: 300 });
  });
});
