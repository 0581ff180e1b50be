import { Prisma } from "@/generated/prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CENTRAL_MEDITERRANEAN } from "@/lib/geo/central-mediterranean";
import type { SessionUser } from "@/lib/data/users";
import { parseIncidentFilters } from "@/lib/schemas/incident-filters";
import { getBreakdowns, type BreakdownDimension, type BreakdownRow } from "./get-breakdowns";
import { getDashboardKpis } from "./get-kpis";
import { getMapPoints } from "./get-map-points";
import { SEEDED_CASES } from "./seeded-cases";
import { independentGroups, scopeIds, seededUser } from "./test-support";
import { createCrowdedWorld, createDashboardWorld } from "./test-world";

const NOW = new Date("2017-04-10T12:00:00Z");

// A row as the page words it: its name, else its stored code, "none" or "other".
const groupOf = (r: BreakdownRow) => (r.isOther ? "other" : r.isNone ? "none" : (r.name ?? r.key));

// Each group written as plain unions, the "none" group (key NULL) spelled out apart.
const GROUPS: Record<BreakdownDimension, Prisma.Sql> = {
  vessel: Prisma.sql`SELECT id, rescued, dead, "vesselId"::text AS key FROM "Incident"`,
  organization: Prisma.sql`SELECT id, rescued, dead, "organizationId"::text AS key FROM "Incident"`,
  boatType: Prisma.sql`SELECT id, rescued, dead, "boatType"::text AS key FROM "Incident"`,
  outcome: Prisma.sql`SELECT id, rescued, dead, outcome::text AS key FROM "Incident"`,
  causeOfDeath: Prisma.sql`SELECT id, rescued, dead, unnest("causesOfDeath")::text AS key FROM "Incident"
    UNION ALL SELECT id, rescued, dead, NULL FROM "Incident" WHERE dead > 0 AND cardinality("causesOfDeath") = 0`,
  sarRegion: Prisma.sql`SELECT id, rescued, dead, unnest("sarRegions") AS key FROM "Incident"
    UNION ALL SELECT id, rescued, dead, NULL FROM "Incident" WHERE COALESCE(cardinality("sarRegions"), 0) = 0`,
  partner: Prisma.sql`SELECT DISTINCT i.id, i.rescued, i.dead, p."organizationId"::text AS key FROM "Incident" i JOIN "IncidentPartner" p ON p."incidentId" = i.id
    UNION ALL SELECT id, rescued, dead, NULL FROM "Incident" i WHERE NOT EXISTS (SELECT 1 FROM "IncidentPartner" p WHERE p."incidentId" = i.id)`,
};

describe.each(SEEDED_CASES)("breakdowns and map on the seeded data: $name", ({ email, filters, scope }) => {
  let user: SessionUser;
  beforeAll(async () => {
    user = await seededUser(email);
  });

  it("give each group's figures as independent SQL does, every group counted once", async () => {
    const breakdowns = await getBreakdowns(user, filters, NOW);
    const { current } = await getDashboardKpis(user, filters, NOW);
    for (const { id, rows, isMultiValued } of breakdowns) {
      const expected = await independentGroups({ organizationId: user.organizationId, ...scope }, GROUPS[id]);
      expect(rows.reduce((sum, row) => sum + row.groups, 0), id).toBe(expected.size);
      for (const row of rows.filter((r) => !r.isOther)) expect(row, `${id} ${groupOf(row)}`).toMatchObject(expected.get(row.key)!);
      if (!isMultiValued) expect(rows.reduce((sum, row) => sum + row.incidents, 0), id).toBe(current.incidents);
    }
  });

  it("place every incident with a position in view on the map, most people first", async () => {
    const { points, incidents, inView } = await getMapPoints(user, filters, NOW);
    const { west, south, east, north } = CENTRAL_MEDITERRANEAN;
    const [expected] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Incident" WHERE id IN (${scopeIds({ organizationId: user.organizationId, ...scope })})
        AND latitude >= ${south} AND latitude <= ${north} AND longitude >= ${west} AND longitude <= ${east}`;
    expect(inView).toBe(expected.n);
    expect(points).toHaveLength(inView);
    expect(incidents).toBe((await getDashboardKpis(user, filters, NOW)).current.incidents);
    const people = points.map((p) => p.people);
    expect([...people].sort((a, b) => b - a)).toEqual(people);
    const limited = await getMapPoints(user, filters, NOW, 3);
    expect(limited.points.map((p) => p.id)).toEqual(points.slice(0, 3).map((p) => p.id));
  });
});

describe("breakdowns in a world of known figures", () => {
  let world: Awaited<ReturnType<typeof createDashboardWorld>>;
  beforeAll(async () => {
    world = await createDashboardWorld();
  });

  it("name the none groups and never show another organization", async () => {
    const byId = Object.fromEntries((await getBreakdowns(world.users.coordinator, parseIncidentFilters({}), NOW)).map((b) => [b.id, b.rows]));
    const summary = (id: BreakdownDimension) => byId[id].map((r) => [groupOf(r), r.incidents, r.rescued, r.deadMissing, r.unknown]);
    expect(summary("vessel")).toEqual([["none", 2, 20, 12, 0], [world.vessel.name, 2, 150, 8, 1]]);
    expect(summary("organization")).toEqual([[world.organizations.a.name, 3, 150, 20, 1], [world.organizations.b.name, 1, 20, 0, 0]]);
    expect(summary("causeOfDeath").sort()).toEqual([["DROWNING", 1, 100, 8, 0], ["HYPOTHERMIA", 1, 100, 8, 0], ["none", 1, 0, 12, 0]]);
    expect(summary("sarRegion").sort()).toEqual([["Italy", 1, 50, 0, 1], ["Libya", 1, 100, 8, 0], ["Malta", 1, 50, 0, 1], ["none", 2, 20, 12, 0]]);
    expect(summary("partner")).toEqual([["none", 3, 150, 20, 1], [world.organizations.a.name, 1, 20, 0, 0]]);
    expect(summary("outcome")).toEqual([
      ["SHIPWRECK_NO_RESCUE", 1, 0, 12, 0], ["RESCUED_BY_THIS_ORGANIZATION", 1, 100, 8, 0], ["none", 1, 50, 0, 1], ["INTERCEPTED_RETURNED_LIBYA", 1, 20, 0, 0],
    ]);
    expect(summary("boatType")).toEqual([["INFLATABLE", 2, 150, 8, 1], ["WOODEN", 1, 0, 12, 0], ["none", 1, 20, 0, 0]]);
  });

  it("map only the positioned incidents the user may read", async () => {
    const map = await getMapPoints(world.users.coordinator, parseIncidentFilters({}), NOW);
    expect(map.points.map((p) => [p.reference, p.people, p.deadMissing])).toEqual([[world.incidents.rescue.reference, 108, 8], [world.incidents.uncounted.reference, 50, 0]]);
    expect(map).toMatchObject({ incidents: 4, positioned: 2, inView: 2 });
  });

  it("fold the groups past the top 10 into Other, counting an incident once", async () => {
    const { coordinator, vessels } = await createCrowdedWorld();
    const byId = Object.fromEntries((await getBreakdowns(coordinator, parseIncidentFilters({}), NOW)).map((b) => [b.id, b.rows]));
    expect(byId.vessel.map(groupOf)).toEqual([...vessels.slice(2).reverse().map((v) => v.name), "other"]);
    expect(byId.vessel.at(-1)).toMatchObject({ isOther: true, groups: 3, incidents: 1 + 2 + 1, key: null });
    expect(byId.partner).toHaveLength(11);
    expect(byId.partner[0]).toMatchObject({ isNone: true, incidents: 78 });
    expect(byId.partner.at(-1)).toMatchObject({ isOther: true, groups: 3, incidents: 1, rescued: 1 });
  });
});
