import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users";
import { parseIncidentFilters } from "@/lib/schemas/incident-filters";
import { getDashboardKpis } from "./get-kpis";
import { getMonthlySeries } from "./get-monthly-series";
import { getYearOverYear } from "./get-year-over-year";
import { SEEDED_CASES } from "./seeded-cases";
import { scopeIds, seededUser, type TestScope } from "./test-support";
import { createDashboardWorld } from "./test-world";

const NOW = new Date("2017-04-10T12:00:00Z");

async function independentMonths(scope: TestScope) {
  const rows = await db.$queryRaw<{ month: string; rescued: number; deadMissing: number; incidents: number }[]>`
    SELECT to_char("occurredAt" AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*)::int AS incidents,
      COALESCE(sum(rescued), 0)::int AS rescued, (COALESCE(sum(dead), 0) + COALESCE(sum(missing), 0))::int AS "deadMissing"
    FROM "Incident" WHERE id IN (${scopeIds(scope)}) GROUP BY 1`;
  return new Map(rows.map((row) => [row.month, row]));
}

describe.each(SEEDED_CASES)("monthly series and years on the seeded data: $name", ({ email, filters, scope }) => {
  let user: SessionUser;
  beforeAll(async () => {
    user = await seededUser(email);
  });

  it("give every month of the period, empty ones as 0, each equal to an independent sum", async () => {
    const series = await getMonthlySeries(user, filters, NOW);
    const expected = await independentMonths({ organizationId: user.organizationId, ...scope });
    expect(series[0].month).toBe(scope.from.slice(0, 7));
    const until = new Date(scope.until);
    until.setUTCMonth(until.getUTCMonth() - 1);
    expect(series.at(-1)!.month).toBe(until.toISOString().slice(0, 7));
    for (const point of series) expect(point).toEqual(expected.get(point.month) ?? { month: point.month, incidents: 0, rescued: 0, deadMissing: 0 });
    expect(series.filter((p) => p.incidents > 0)).toHaveLength(expected.size);
  });

  it("give each year's totals and figures to date over every period, with the highest year marked", async () => {
    const { rows, today } = await getYearOverYear(user, filters, NOW);
    expect(today).toBe("04-10");
    const years = await db.$queryRaw<{ year: number; rescued: number; deadMissing: number; incidentsToDate: number; deadMissingToDate: number }[]>`
      SELECT year, COALESCE(sum(rescued), 0)::int AS rescued, (COALESCE(sum(dead), 0) + COALESCE(sum(missing), 0))::int AS "deadMissing",
        count(*) FILTER (WHERE "isToDate")::int AS "incidentsToDate",
        (COALESCE(sum(dead) FILTER (WHERE "isToDate"), 0) + COALESCE(sum(missing) FILTER (WHERE "isToDate"), 0))::int AS "deadMissingToDate"
      FROM "Incident",
        LATERAL (SELECT extract(year FROM "occurredAt" AT TIME ZONE 'UTC')::int AS year) y,
        LATERAL (SELECT "occurredAt" < make_timestamptz(year, 4, 11, 0, 0, 0, 'UTC') AS "isToDate") t
      WHERE id IN (${scopeIds({ ...scope, from: undefined, until: undefined, organizationId: user.organizationId })})
      GROUP BY 1 ORDER BY 1 DESC`;
    expect(rows.filter((r) => r.incidents > 0)).toHaveLength(years.length);
    for (const year of years) expect(rows.find((r) => r.year === year.year)).toMatchObject(year);
    const highest = Math.max(...years.map((y) => y.deadMissing));
    expect(rows.filter((r) => r.isHighest).map((r) => r.year)).toEqual(years.filter((y) => y.deadMissing === highest).map((y) => y.year));
  });
});

describe("monthly series and years with unknown figures", () => {
  let world: Awaited<ReturnType<typeof createDashboardWorld>>;
  beforeAll(async () => {
    world = await createDashboardWorld();
  });

  it("run from the first to the last incident for all time, with the months between as 0", async () => {
    const series = await getMonthlySeries(world.users.coordinator, parseIncidentFilters({}), NOW);
    expect(series.map((p) => p.month)).toEqual([
      "2016-03", "2016-04", "2016-05", "2016-06", "2016-07", "2016-08", "2016-09", "2016-10", "2016-11", "2016-12", "2017-01", "2017-02", "2017-03",
    ]);
    expect(series[0]).toEqual({ month: "2016-03", incidents: 2, rescued: 120, deadMissing: 8 });
    expect(series[2]).toEqual({ month: "2016-05", incidents: 1, rescued: 0, deadMissing: 12 });
    expect(series.at(-1)).toEqual({ month: "2017-03", incidents: 1, rescued: 50, deadMissing: 0 });
    const { current } = await getDashboardKpis(world.users.coordinator, parseIncidentFilters({}), NOW);
    expect(series.reduce((sum, p) => sum + p.rescued, 0)).toBe(current.rescued);
  });

  it("stop this year's series at the current month", async () => {
    const series = await getMonthlySeries(world.users.coordinator, parseIncidentFilters({ period: "this-year" }), NOW);
    expect(series.map((p) => p.month)).toEqual(["2017-01", "2017-02", "2017-03", "2017-04"]);
  });

  it("mark the year with the most dead and missing, in total and to date", async () => {
    const { rows } = await getYearOverYear(world.users.coordinator, parseIncidentFilters({ period: "this-month" }), NOW);
    expect(rows).toEqual([
      { year: 2017, incidents: 1, rescued: 50, deadMissing: 0, incidentsToDate: 1, rescuedToDate: 50, deadMissingToDate: 0, isHighest: false, isHighestToDate: false },
      { year: 2016, incidents: 3, rescued: 120, deadMissing: 20, incidentsToDate: 2, rescuedToDate: 120, deadMissingToDate: 8, isHighest: true, isHighestToDate: true },
    ]);
  });

  it("show an empty series when nothing matches", async () => {
    expect(await getMonthlySeries(world.users.otherCoordinator, parseIncidentFilters({ status: "DRAFT" }), NOW)).toEqual([]);
  });
});
