import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { fitsPeriodRollups } from "@/lib/data/rollup/rollup-where";
import type { SessionUser } from "@/lib/data/users";
import type { IncidentFilters } from "@/lib/schemas/incident-filters";
import { TOP } from "./get-breakdowns";
import { dashboardIncidentWhere, dashboardPeriodRollupWhere } from "./scope";

export type NationalityRow = { country: string; persons: number };

type SqlRow = { country: string | null; persons: number | null; totalPersons: number; cases: number; countries: number };

/**
 * The 10 nationalities with the most persons (ties by country code) over the incidents the filters
 * select, the persons of known nationality, the cases that record any, and what is left for "Other".
 */
export async function getNationalities(user: SessionUser, filters: IncidentFilters, now = new Date()) {
  const rows = await (fitsPeriodRollups(filters) ? fromRollup(user, filters, now) : fromIncidents(user, filters, now));
  const { totalPersons, cases, countries } = rows[0];
  const top: NationalityRow[] = rows.flatMap(({ country, persons }) => (country ? [{ country, persons: persons! }] : []));
  const shown = top.reduce((sum, row) => sum + row.persons, 0);
  return { top, other: { countries: countries - top.length, persons: totalPersons - shown }, totalPersons, cases };
}

export type Nationalities = Awaited<ReturnType<typeof getNationalities>>;

// The totals come as the right side of an outer join so that they arrive even when no row matches.
const topAndTotals = (perCountry: Prisma.Sql, totals: Prisma.Sql) => Prisma.sql`
  SELECT g.country, g.persons, t."totalPersons", t.cases, t.countries
  FROM (${perCountry} ORDER BY persons DESC, country LIMIT ${TOP}) g RIGHT JOIN (${totals}) t ON true
  ORDER BY g.persons DESC, g.country`;

function fromIncidents(user: SessionUser, filters: IncidentFilters, now: Date) {
  const where = dashboardIncidentWhere(user, filters, now);
  return db.$queryRaw<SqlRow[]>`
    WITH scoped AS MATERIALIZED (
      SELECT n."incidentId", n.country, n.count FROM "IncidentNationality" n JOIN "Incident" i ON i.id = n."incidentId"
      WHERE ${where} AND n.count > 0)
    ${topAndTotals(
      Prisma.sql`SELECT country, sum(count)::int AS persons FROM scoped GROUP BY country`,
      Prisma.sql`SELECT COALESCE(sum(count), 0)::int AS "totalPersons", count(DISTINCT "incidentId")::int AS cases, count(DISTINCT country)::int AS countries FROM scoped`)}`;
}

// NationalityRollup's country "" holds the cases that record any nationality and their persons.
function fromRollup(user: SessionUser, filters: IncidentFilters, now: Date) {
  const where = dashboardPeriodRollupWhere(user, filters, now, "YEAR");
  return db.$queryRaw<SqlRow[]>`
    WITH scoped AS MATERIALIZED (
      SELECT r.country, sum(r.persons)::int AS persons, sum(r.cases)::int AS cases FROM "NationalityRollup" r WHERE ${where}
      GROUP BY r.country HAVING sum(r.persons) > 0)
    ${topAndTotals(
      Prisma.sql`SELECT country, persons FROM scoped WHERE country <> ''`,
      Prisma.sql`SELECT COALESCE(sum(persons) FILTER (WHERE country = ''), 0)::int AS "totalPersons",
        COALESCE(sum(cases) FILTER (WHERE country = ''), 0)::int AS cases, (count(*) FILTER (WHERE country <> ''))::int AS countries FROM scoped`)}`;
}
