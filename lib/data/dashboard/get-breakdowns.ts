import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users";
import { BOAT_TYPE_LABELS, CAUSE_OF_DEATH_LABELS } from "@/lib/labels";
import type { IncidentFilters } from "@/lib/schemas/incident-filters";
import { dashboardWhere } from "./scope";

export const TOP = 10;

type Dimension = {
  title: string;
  column: string;
  /** The group of one row, as text; NULL is the "none" group. */
  key: Prisma.Sql;
  /** Rows per incident: one for most dimensions, one per value for arrays and partners. */
  join?: Prisma.Sql;
  /** The display name of `t.key`, looked up once per group. */
  name?: Prisma.Sql;
  labels?: Record<string, string>;
  none: string;
  /** Incidents restricted to those the dimension concerns. */
  only?: Prisma.Sql;
  isMultiValued?: boolean;
};

const orgName = Prisma.sql`(SELECT o.name FROM "Organization" o WHERE o.id = t.key::uuid)`;

const DIMENSIONS = {
  vessel: {
    title: "By rescuing vessel", column: "Vessel", key: Prisma.sql`i."vesselId"::text`, none: "No rescuing vessel",
    name: Prisma.sql`(SELECT v.name FROM "Vessel" v WHERE v.id = t.key::uuid)`,
  },
  organization: { title: "By organization", column: "Organization", key: Prisma.sql`i."organizationId"::text`, name: orgName, none: "None" },
  boatType: { title: "By boat type", column: "Boat type", key: Prisma.sql`i."boatType"::text`, labels: BOAT_TYPE_LABELS, none: "Not recorded" },
  causeOfDeath: {
    title: "By cause of death", column: "Cause of death", key: Prisma.sql`c.cause::text`, labels: CAUSE_OF_DEATH_LABELS, none: "Not recorded", isMultiValued: true,
    join: Prisma.sql`LEFT JOIN LATERAL unnest(i."causesOfDeath") AS c(cause) ON true`,
    only: Prisma.sql`(i.dead > 0 OR cardinality(i."causesOfDeath") > 0)`,
  },
  sarRegion: {
    title: "By SAR region", column: "SAR region", key: Prisma.sql`s.region`, none: "None", isMultiValued: true,
    join: Prisma.sql`LEFT JOIN LATERAL unnest(i."sarRegions") AS s(region) ON true`,
  },
  partner: {
    title: "By partner organization", column: "Partner", key: Prisma.sql`p."organizationId"::text`, name: orgName, none: "No partner", isMultiValued: true,
    // One hash join over the partner table, not one index probe per incident (2.3× faster at 1M incidents).
    join: Prisma.sql`LEFT JOIN (SELECT DISTINCT "incidentId", "organizationId" FROM "IncidentPartner") AS p ON p."incidentId" = i.id`,
  },
} satisfies Record<string, Dimension>;

export type BreakdownDimension = keyof typeof DIMENSIONS;
export const BREAKDOWN_DIMENSIONS = Object.keys(DIMENSIONS) as BreakdownDimension[];

type BreakdownSqlRow = {
  rank: number; key: string | null; name: string | null; groups: number;
  incidents: number; rescued: number; dead: number; missing: number; unknown: number;
};

export type BreakdownRow = Omit<BreakdownSqlRow, "name" | "rank"> & { label: string; deadMissing: number; isOther: boolean; isNone: boolean };

// Groups ranked by incidents (then dead + missing); those past the top 10 fold into one "Other" row.
// An incident counted under several values (causes, regions, partners) counts once in "Other".
async function breakdown(where: Prisma.Sql, dimension: Dimension): Promise<BreakdownRow[]> {
  const only = dimension.only ? Prisma.sql`AND ${dimension.only}` : Prisma.empty;
  const rows = await db.$queryRaw<BreakdownSqlRow[]>`
    WITH base AS (
      SELECT i.id, i.rescued, i.dead, i.missing, COALESCE(${dimension.key}, '') AS key
      FROM "Incident" i ${dimension.join ?? Prisma.empty} WHERE ${where} ${only}),
    ranked AS (
      SELECT key, LEAST(row_number() OVER (ORDER BY count(*) DESC, sum(COALESCE(dead, 0) + COALESCE(missing, 0)) DESC, key), ${TOP + 1}) AS rank
      FROM base GROUP BY key),
    bucketed AS (SELECT ${dimension.isMultiValued ? Prisma.sql`DISTINCT` : Prisma.empty} r.rank, b.id, b.rescued, b.dead, b.missing FROM base b JOIN ranked r USING (key)),
    totals AS (
      SELECT rank, count(*)::int AS incidents, COALESCE(sum(rescued), 0)::float8 AS rescued,
        COALESCE(sum(dead), 0)::float8 AS dead, COALESCE(sum(missing), 0)::float8 AS missing,
        count(*) FILTER (WHERE dead IS NULL OR missing IS NULL)::int AS unknown
      FROM bucketed GROUP BY rank),
    named AS (
      SELECT totals.*, (SELECT count(*) FROM ranked r WHERE r.rank = totals.rank)::int AS groups,
        (SELECT NULLIF(min(r.key), '') FROM ranked r WHERE r.rank = totals.rank AND totals.rank <= ${TOP}) AS key
      FROM totals)
    SELECT t.*, ${dimension.name ?? Prisma.sql`NULL::text`} AS name FROM named t ORDER BY t.rank`;
  return rows.map(({ rank, name, ...row }) => {
    const isOther = rank > TOP;
    const isNone = !isOther && row.key === null;
    const label = isOther ? "Other" : isNone ? dimension.none : (name ?? dimension.labels?.[row.key!] ?? row.key!);
    return { ...row, label, deadMissing: row.dead + row.missing, isOther, isNone };
  });
}

/** Top 10 + "Other" by vessel, organization, boat type, cause of death, SAR region and partner, queried in parallel. */
export async function getBreakdowns(user: SessionUser, filters: IncidentFilters, now = new Date()) {
  const where = dashboardWhere(user, filters, now);
  const entries = Object.entries(DIMENSIONS) as [BreakdownDimension, Dimension][];
  const results = await Promise.all(entries.map(([, dimension]) => breakdown(where, dimension)));
  return entries.map(([id, dimension], index) => ({
    id, title: dimension.title, column: dimension.column, isMultiValued: dimension.isMultiValued ?? false, rows: results[index],
  }));
}

export type Breakdown = Awaited<ReturnType<typeof getBreakdowns>>[number];
