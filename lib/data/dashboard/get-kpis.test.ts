import { beforeAll, describe, expect, it } from "vitest";
import { findIncidents } from "@/lib/data/incidents/find-incidents";
import type { SessionUser } from "@/lib/data/users";
import { parseIncidentFilters } from "@/lib/schemas/incident-filters";
import { getBreakdowns } from "./get-breakdowns";
import { getDashboardKpis } from "./get-kpis";
import { getMapPoints } from "./get-map-points";
import { getMonthlySeries } from "./get-monthly-series";
import { getNationalities } from "./get-nationalities";
import { getYearOverYear } from "./get-year-over-year";
import { SEEDED_CASES } from "./seeded-cases";
import { independentTotals, seededUser } from "./test-support";
import { createDashboardWorld } from "./test-world";

const NOW = new Date("2017-04-10T12:00:00Z");

describe.each(SEEDED_CASES)("KPIs on the seeded data: $name", ({ email, filters, scope }) => {
  let user: SessionUser;
  beforeAll(async () => {
    user = await seededUser(email);
  });

  it("equal independent SQL sums, and the incident list's total", async () => {
    const { current } = await getDashboardKpis(user, filters, NOW);
    const expected = await independentTotals({ organizationId: user.organizationId, ...scope });
    expect(expected.incidents).toBeGreaterThan(0);
    expect(current).toMatchObject(expected);
    expect(current.deadMissing).toBe(expected.dead + expected.missing);
    expect(current.incidents).toBe((await findIncidents(user, filters)).total);
  });

  it("compare with the same period one year earlier", async () => {
    const { previous, comparedRange } = await getDashboardKpis(user, filters, NOW);
    const yearEarlier = (iso: string) => `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;
    expect(comparedRange).toEqual({ start: new Date(yearEarlier(scope.from)), end: new Date(yearEarlier(scope.until)) });
    const expected = await independentTotals({ organizationId: user.organizationId, ...scope, from: yearEarlier(scope.from), until: yearEarlier(scope.until) });
    expect(previous).toMatchObject(expected);
  });
});

describe("KPIs with unknown figures, partners and other organizations", () => {
  let world: Awaited<ReturnType<typeof createDashboardWorld>>;
  beforeAll(async () => {
    world = await createDashboardWorld();
  });

  it("sum known figures, count the unknown ones, and take partnered incidents but never other organizations'", async () => {
    const { current, previous } = await getDashboardKpis(world.users.coordinator, parseIncidentFilters({}), NOW);
    expect(previous).toBeNull();
    expect(current).toEqual({
      incidents: 4, rescued: 170, dead: 15, missing: 5, deadMissing: 20, injured: 11, serious: 4, critical: 1, evacuated: 2,
      rescuedUnknown: 1, deadUnknown: 1, missingUnknown: 0, deadOrMissingUnknown: 1,
      // Only the rescue (100 + 5 + 3) and the partnered incident (20 + 0 + 0) have all three figures.
      knownIncidents: 2, lostPerThousand: (8 * 1000) / 128,
    });
    expect(current).toMatchObject(await independentTotals({ organizationId: world.organizations.a.id }));
  });

  it("show the other organization only its own incidents", async () => {
    const { current } = await getDashboardKpis(world.users.otherCoordinator, parseIncidentFilters({}), NOW);
    expect(current).toMatchObject({ incidents: 1, rescued: 9999, dead: 999, missing: 99 });
  });

  it("compare this year to date with last year to the same day", async () => {
    const { current, previous, comparedRange } = await getDashboardKpis(world.users.coordinator, parseIncidentFilters({ period: "this-year" }), NOW);
    expect(comparedRange).toEqual({ start: new Date("2016-01-01T00:00:00Z"), end: new Date("2016-04-11T00:00:00Z") });
    expect(current).toMatchObject({ incidents: 1, rescued: 50 });
    expect(previous).toMatchObject({ incidents: 2, rescued: 120, deadMissing: 8 });
  });

  it("are refused to field staff, like every dashboard read", async () => {
    const filters = parseIncidentFilters({});
    for (const read of [getDashboardKpis, getMonthlySeries, getYearOverYear, getBreakdowns, getMapPoints, getNationalities])
      await expect(read(world.users.field, filters, NOW)).rejects.toMatchObject({ code: "forbidden" });
  });
});
