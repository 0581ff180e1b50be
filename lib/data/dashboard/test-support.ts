import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { BoatType, IncidentStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users";

// Independent SQL for the dashboard's integration tests: written apart from incidentWhereSql (IN lists
// instead of EXISTS, explicit instants), so that a mistake in one is not repeated in the other.
export type TestScope = {
  organizationId: string;
  statuses?: readonly IncidentStatus[];
  /** Inclusive start and exclusive end, ISO instants. */
  from?: string;
  until?: string;
  boatType?: BoatType;
  sarRegion?: string;
};

export function scopeIds(scope: TestScope): Prisma.Sql {
  const statuses = scope.statuses ?? ["SUBMITTED", "VERIFIED"];
  const and = (condition: boolean | undefined, sql: Prisma.Sql) => (condition ? Prisma.sql` AND ${sql}` : Prisma.empty);
  return Prisma.sql`SELECT id FROM "Incident" WHERE "deletedAt" IS NULL
    AND ("organizationId" = ${scope.organizationId}::uuid
      OR id IN (SELECT "incidentId" FROM "IncidentPartner" WHERE "organizationId" = ${scope.organizationId}::uuid))
    AND status::text IN (${Prisma.join([...statuses])})
    ${and(!!scope.from, Prisma.sql`"occurredAt" >= ${scope.from}::timestamptz`)}
    ${and(!!scope.until, Prisma.sql`"occurredAt" < ${scope.until}::timestamptz`)}
    ${and(!!scope.boatType, Prisma.sql`"boatType"::text = ${scope.boatType}`)}
    ${and(!!scope.sarRegion, Prisma.sql`"sarRegions" @> ARRAY[${scope.sarRegion}]::text[]`)}`;
}

export async function independentTotals(scope: TestScope) {
  const ids = scopeIds(scope);
  const [[figures], [injuries], [evacuations]] = await Promise.all([
    db.$queryRaw<{ incidents: number; rescued: number; dead: number; missing: number; rescuedUnknown: number; deadUnknown: number }[]>`
      SELECT count(*)::int AS incidents, COALESCE(sum(rescued), 0)::int AS rescued, COALESCE(sum(dead), 0)::int AS dead,
        COALESCE(sum(missing), 0)::int AS missing, count(*) FILTER (WHERE rescued IS NULL)::int AS "rescuedUnknown",
        count(*) FILTER (WHERE dead IS NULL)::int AS "deadUnknown"
      FROM "Incident" WHERE id IN (${ids})`,
    db.$queryRaw<{ injured: number; serious: number; critical: number }[]>`
      SELECT COALESCE(sum(count), 0)::int AS injured, COALESCE(sum(CASE WHEN severity = 'SERIOUS' THEN count END), 0)::int AS serious,
        COALESCE(sum(CASE WHEN severity = 'CRITICAL' THEN count END), 0)::int AS critical
      FROM "Injury" WHERE "incidentId" IN (${ids})`,
    db.$queryRaw<{ evacuated: number }[]>`SELECT COALESCE(sum(count), 0)::int AS evacuated FROM "Evacuation" WHERE "incidentId" IN (${ids})`,
  ]);
  return { ...figures, ...injuries, ...evacuations };
}

/** Per group: incidents and the sums, keyed by the group's text (null for "none"). */
export async function independentGroups(scope: TestScope, groupSql: Prisma.Sql) {
  const rows = await db.$queryRaw<{ key: string | null; incidents: number; rescued: number; dead: number }[]>`
    SELECT g.key, count(DISTINCT g.id)::int AS incidents, COALESCE(sum(g.rescued), 0)::int AS rescued, COALESCE(sum(g.dead), 0)::int AS dead
    FROM (${groupSql}) AS g WHERE g.id IN (${scopeIds(scope)}) GROUP BY g.key`;
  return new Map(rows.map(({ key, ...figures }) => [key, figures]));
}

export async function seededUser(email: string): Promise<SessionUser> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, include: { organization: true } });
  return {
    id: user.id, email: user.email, name: user.name, role: user.role, organizationId: user.organizationId, mustChangePassword: false, locale: null, timeZone: null,
    organizationName: user.organization.name, organizationShortName: user.organization.shortName,
  };
}
