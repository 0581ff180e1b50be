import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users";
import { createIncident, createOrganization, createUser } from "@/lib/test/factories";
import { parseIncidentFilters } from "@/lib/schemas/incident-filters";
import { getNationalities, type Nationalities } from "./get-nationalities";
import { SEEDED_CASES } from "./seeded-cases";
import { scopeIds, seededUser } from "./test-support";
import { createDashboardWorld } from "./test-world";

const NOW = new Date("2017-04-10T12:00:00Z");
const ALL = parseIncidentFilters({});

const nationalities = (incidentId: string, counts: Record<string, number>) =>
  db.incidentNationality.createMany({ data: Object.entries(counts).map(([country, count]) => ({ incidentId, country, count })) });

const summary = ({ top, other, totalPersons, cases }: Nationalities) => ({ top: top.map((r) => [r.country, r.persons]), other, totalPersons, cases });

describe.each(SEEDED_CASES)("nationalities on the seeded data: $name", ({ email, filters, scope }) => {
  let user: SessionUser;
  beforeAll(async () => {
    user = await seededUser(email);
  });

  it("are the top 10 and the totals that independent SQL finds", async () => {
    const ids = scopeIds({ organizationId: user.organizationId, ...scope });
    const rows = await db.$queryRaw<{ country: string; persons: number }[]>`
      SELECT country, sum(count)::int AS persons FROM "IncidentNationality" WHERE "incidentId" IN (${ids}) AND count > 0
      GROUP BY country ORDER BY persons DESC, country`;
    const [{ cases }] = await db.$queryRaw<{ cases: number }[]>`
      SELECT count(DISTINCT "incidentId")::int AS cases FROM "IncidentNationality" WHERE "incidentId" IN (${ids}) AND count > 0`;
    const totalPersons = rows.reduce((sum, row) => sum + row.persons, 0);
    const rest = rows.slice(10);
    expect(rows.length, "some nationalities in scope").toBeGreaterThan(0);
    expect(summary(await getNationalities(user, filters, NOW))).toEqual({
      top: rows.slice(0, 10).map((r) => [r.country, r.persons]),
      other: { countries: rest.length, persons: rest.reduce((sum, row) => sum + row.persons, 0) }, totalPersons, cases,
    });
  });
});

describe("nationalities in a world of known figures", () => {
  let world: Awaited<ReturnType<typeof createDashboardWorld>>;
  let partnerOfRescue: SessionUser;
  beforeAll(async () => {
    world = await createDashboardWorld();
    const { rescue, shipwreck, partnered, leak } = world.incidents;
    const d = await createOrganization();
    partnerOfRescue = (await createUser(d.id, "COORDINATOR")).sessionUser;
    await db.incidentPartner.create({ data: { incidentId: rescue.id, organizationId: d.id, role: "SPOTTING" } });
    const draft = await createIncident(world.organizations.a.id, { status: "DRAFT" });
    const deleted = await createIncident(world.organizations.a.id, { status: "VERIFIED", deletedAt: new Date() });
    await Promise.all([
      nationalities(rescue.id, { NG: 40, ER: 30 }), nationalities(shipwreck.id, { NG: 5 }), nationalities(partnered.id, { SD: 7 }),
      nationalities(leak.id, { SY: 9999 }), nationalities(draft.id, { GM: 500 }), nationalities(deleted.id, { ML: 600 }),
    ]);
  });

  it("count the own and partnered cases, never drafts or deleted ones, by country code", async () => {
    const result = await getNationalities(world.users.coordinator, ALL, NOW);
    expect(summary(result)).toEqual({ top: [["NG", 45], ["ER", 30], ["SD", 7]], other: { countries: 0, persons: 0 }, totalPersons: 82, cases: 3 });
  });

  it("show a partner only the case it partners, and another organization none of them", async () => {
    expect(summary(await getNationalities(partnerOfRescue, ALL, NOW)).top).toEqual([["NG", 40], ["ER", 30]]);
    expect(summary(await getNationalities(world.users.otherCoordinator, ALL, NOW))).toEqual({
      top: [["SY", 9999]], other: { countries: 0, persons: 0 }, totalPersons: 9999, cases: 1,
    });
    const stranger = (await createUser((await createOrganization()).id, "COORDINATOR")).sessionUser;
    expect(summary(await getNationalities(stranger, ALL, NOW))).toEqual({ top: [], other: { countries: 0, persons: 0 }, totalPersons: 0, cases: 0 });
  });

  it("narrow with the filters", async () => {
    const byVessel = await getNationalities(world.users.coordinator, parseIncidentFilters({ vessel: world.vessel.id }), NOW);
    expect(summary(byVessel)).toMatchObject({ top: [["NG", 40], ["ER", 30]], totalPersons: 70, cases: 1 });
    const byOutcome = await getNationalities(world.users.coordinator, parseIncidentFilters({ outcome: "SHIPWRECK_NO_RESCUE" }), NOW);
    expect(summary(byOutcome)).toMatchObject({ top: [["NG", 5]], totalPersons: 5, cases: 1 });
  });

  it("fold past the top 10 into Other so that the rows add up, ties broken by country code", async () => {
    const organization = await createOrganization();
    const coordinator = (await createUser(organization.id, "COORDINATOR")).sessionUser;
    const [first, second] = [await createIncident(organization.id, { status: "VERIFIED" }), await createIncident(organization.id, { status: "VERIFIED" })];
    await nationalities(first.id, { ZA: 3, NG: 12, ER: 11, SD: 10, SY: 9, AF: 8, GN: 7, CI: 6, BD: 5, MA: 4, TN: 3 });
    await nationalities(second.id, { NG: 1, ML: 2, YE: 1 });
    const result = await getNationalities(coordinator, ALL, NOW);
    expect(summary(result).top).toEqual([["NG", 13], ["ER", 11], ["SD", 10], ["SY", 9], ["AF", 8], ["GN", 7], ["CI", 6], ["BD", 5], ["MA", 4], ["TN", 3]]);
    expect(result.other).toEqual({ countries: 3, persons: 3 + 2 + 1 });
    expect(result.top.reduce((sum, r) => sum + r.persons, 0) + result.other.persons).toBe(result.totalPersons);
    expect(result.cases).toBe(2);
  });
});
