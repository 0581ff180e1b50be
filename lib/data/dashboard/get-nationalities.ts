import "server-only";
import { db } from "@/lib/db";
import { countryName } from "@/lib/countries";
import type { SessionUser } from "@/lib/data/users";
import type { IncidentFilters } from "@/lib/schemas/incident-filters";
import { TOP } from "./get-breakdowns";
import { dashboardIncidentWhere } from "./scope";

export type NationalityRow = { country: string; name: string; persons: number };

type SqlRow = { country: string | null; persons: number | null; totalPersons: number; cases: number; countries: number };

/**
 * The 10 nationalities with the most persons (ties by country code) over the incidents the filters
 * select, the persons of known nationality, the cases that record any, and what is left for "Other".
 */
export async function getNationalities(user: SessionUser, filters: IncidentFilters, now = new Date()) {
  const where = dashboardIncidentWhere(user, filters, now);
  // The totals come as the right side of an outer join so that they arrive even when no row matches.
  const rows = await db.$queryRaw<SqlRow[]>`
    WITH scoped AS MATERIALIZED (
      SELECT n."incidentId", n.country, n.count FROM "IncidentNationality" n JOIN "Incident" i ON i.id = n."incidentId"
      WHERE ${where} AND n.count > 0)
    SELECT g.country, g.persons, t."totalPersons", t.cases, t.countries
    FROM (SELECT country, sum(count)::int AS persons FROM scoped GROUP BY country ORDER BY persons DESC, country LIMIT ${TOP}) g
    RIGHT JOIN (SELECT COALESCE(sum(count), 0)::int AS "totalPersons", count(DISTINCT "incidentId")::int AS cases,
      count(DISTINCT country)::int AS countries FROM scoped) t ON true
    ORDER BY g.persons DESC, g.country`;
  const { totalPersons, cases, countries } = rows[0];
  const top: NationalityRow[] = rows.flatMap(({ country, persons }) => (country ? [{ country, name: countryName(country, "en"), persons: persons! }] : []));
  const shown = top.reduce((sum, row) => sum + row.persons, 0);
  return { top, other: { countries: countries - top.length, persons: totalPersons - shown }, totalPersons, cases };
}

export type Nationalities = Awaited<ReturnType<typeof getNationalities>>;
