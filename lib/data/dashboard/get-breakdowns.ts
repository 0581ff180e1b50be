import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users";
import type { IncidentFilters } from "@/lib/schemas/incident-filters";
import { dashboardRollupWhere } from "./scope";

export const TOP = 10;

// Groups come as stored codes (outcome, boat type, cause, SAR region) or names (vessels, organizations);
// the page words them in the reader's language.
type Dimension = {
  /** The group of one row, as text; NULL is the "none" group. */
  key: Prisma.Sql;
  /** Rows per incident: one for most dimensions, one per value for arrays and partners. */
  join?: Prisma.Sql;
  /** The display name of `t.key`, looked up once per group. */
  name?: Prisma.Sql;
  /** Incidents restricted to those the dimension concerns. */
  only?: Prisma.Sql;
  isMultiValued?: boolean;
  /** Every group shown, none folded into "Other" (a short vocabulary where each value matters). */
  isComplete?: boolean;
  /** Read from the detailed rollup rows, summed per outcome first (the others read the coarse rows). */
  isDetailed?: boolean;
};

const orgName = Prisma.sql`(SELECT o.name FROM "Organization" o WHERE o.id = t.key::uuid)`;

// Keys are columns of the rollup rows (r); the multi-valued ones are arrays, one row per value.
const DIMENSIONS = {
  vessel: { key: Prisma.sql`r."vesselId"::text`, name: Prisma.sql`(SELECT v.name FROM "Vessel" v WHERE v.id = t.key::uuid)` },
  organization: { key: Prisma.sql`r."organizationId"::text`, name: orgName },
  outcome: { key: Prisma.sql`r.outcome::text`, isComplete: true, isDetailed: true },
  boatType: { key: Prisma.sql`r."boatType"::text` },
  causeOfDeath: {
    key: Prisma.sql`c.cause::text`, isMultiValued: true,
    join: Prisma.sql`LEFT JOIN LATERAL unnest(r."causesOfDeath") AS c(cause) ON true`,
    only: Prisma.sql`(r."hasDeaths" OR cardinality(r."causesOfDeath") > 0)`,
  },
  sarRegion: {
    key: Prisma.sql`s.region`, isMultiValued: true,
    join: Prisma.sql`LEFT JOIN LATERAL unnest(r."sarRegions") AS s(region) ON true`,
  },
  partner: {
    key: Prisma.sql`p.id::text`, name: orgName, isMultiValued: true,
    join: Prisma.sql`LEFT JOIN LATERAL unnest(r."partnerIds") AS p(id) ON true`,
  },
} satisfies Record<string, Dimension>;

export type BreakdownDimension = keyof typeof DIMENSIONS;
export const BREAKDOWN_DIMENSIONS = Object.keys(DIMENSIONS) as BreakdownDimension[];

type BreakdownSqlRow = {
  dimension: BreakdownDimension; rank: number; isOther: boolean; key: string | null; name: string | null; groups: number;
  incidents: number; rescued: number; dead: number; missing: number; unknown: number;
};

export type BreakdownRow = Omit<BreakdownSqlRow, "dimension" | "rank"> & { deadMissing: number; isNone: boolean };

const ENTRIES = Object.entries(DIMENSIONS) as [BreakdownDimension, Dimension][];

const SUMS = Prisma.sql`sum(r.incidents)::int AS incidents, sum(r.rescued)::float8 AS rescued, sum(r.dead)::float8 AS dead,
  sum(r.missing)::float8 AS missing, sum(r.unknown)::int AS unknown`;

const only = (dimension: Dimension) => dimension.only ?? Prisma.sql`true`;
const COMPLETE = ENTRIES.filter(([, dimension]) => dimension.isComplete).map(([id]) => id);
const FOLDING = ENTRIES.filter(([, dimension]) => !dimension.isComplete);

// Each dimension's groups, all six from one scan of the rollup rows in scope.
const PER_GROUP = Prisma.join(ENTRIES.map(([id, dimension]) => Prisma.sql`
  SELECT ${id}::text AS dimension, COALESCE(${dimension.key}, '') AS key, ${SUMS}
  FROM ${dimension.isDetailed ? Prisma.sql`per_outcome` : Prisma.sql`scoped`} r ${dimension.join ?? Prisma.empty}
  WHERE ${only(dimension)} GROUP BY 2`), " UNION ALL ");

// "Other": the rollup rows with a value past the top 10, each taken once even when several of its
// values are (every incident of a rollup row has the same values). Skipped when nothing folds.
const OTHER = Prisma.join(FOLDING.map(([id, dimension]) => Prisma.sql`
  SELECT ${id}::text AS dimension, ${SUMS} FROM scoped r
  WHERE ${only(dimension)} AND EXISTS (SELECT 1 FROM folded f WHERE f.dimension = ${id})
    AND EXISTS (SELECT 1 FROM (VALUES (1)) AS one ${dimension.join ?? Prisma.empty}
      JOIN groups g ON g.dimension = ${id} AND g."isFolded" AND g.key = COALESCE(${dimension.key}, ''))
  HAVING count(*) > 0`), " UNION ALL ");

const NAME = Prisma.sql`CASE t.dimension ${Prisma.join(
  ENTRIES.filter(([, dimension]) => dimension.name).map(([id, dimension]) => Prisma.sql`WHEN ${id}::text THEN ${dimension.name}`), " ",
)} END`;

// Groups ranked by incidents (then dead + missing); those past the top 10 fold into one "Other" row.
async function breakdowns(where: Prisma.Sql, detailedWhere: Prisma.Sql): Promise<BreakdownSqlRow[]> {
  return db.$queryRaw<BreakdownSqlRow[]>`
    WITH scoped AS MATERIALIZED (
      SELECT r.id, r.incidents, r.rescued, r.dead, r.missing, r."deadOrMissingUnknown" AS unknown, r."vesselId", r."organizationId",
        r."boatType", r."causesOfDeath", r."hasDeaths", r."sarRegions", r."partnerIds"
      FROM "IncidentRollup" r WHERE ${where}),
    per_outcome AS (
      SELECT r.outcome, sum(r.incidents) AS incidents, sum(r.rescued) AS rescued, sum(r.dead) AS dead, sum(r.missing) AS missing,
        sum(r."deadOrMissingUnknown") AS unknown
      FROM "IncidentRollup" r WHERE ${detailedWhere} GROUP BY r.outcome),
    ranked AS (
      SELECT g.*, row_number() OVER (PARTITION BY dimension ORDER BY incidents DESC, dead + missing DESC, key) AS rank
      FROM (${PER_GROUP}) g),
    groups AS (SELECT r.*, r.rank > ${TOP} AND r.dimension <> ALL (${COMPLETE}::text[]) AS "isFolded" FROM ranked r),
    folded AS (SELECT dimension, count(*)::int AS groups FROM groups WHERE "isFolded" GROUP BY dimension),
    named AS (
      SELECT dimension, rank, false AS "isOther", NULLIF(key, '') AS key, 1 AS groups, incidents, rescued, dead, missing, unknown
      FROM groups WHERE NOT "isFolded"
      UNION ALL
      SELECT dimension, ${TOP + 1}, true, NULL, f.groups, incidents, rescued, dead, missing, unknown FROM (${OTHER}) o JOIN folded f USING (dimension))
    SELECT t.*, ${NAME} AS name FROM named t ORDER BY t.dimension, t.rank`;
}

/** Every outcome; top 10 + "Other" by vessel, organization, boat type, cause of death, SAR region and partner. */
export async function getBreakdowns(user: SessionUser, filters: IncidentFilters, now = new Date()) {
  const rows = await breakdowns(dashboardRollupWhere(user, filters, now), dashboardRollupWhere(user, filters, now, { detailed: true }));
  return ENTRIES.map(([id, dimension]) => ({
    id, isMultiValued: dimension.isMultiValued ?? false,
    rows: rows.flatMap(({ dimension: of, ...row }): BreakdownRow[] =>
      of === id ? [{ ...row, deadMissing: row.dead + row.missing, isNone: !row.isOther && row.key === null }] : []),
  }));
}

export type Breakdown = Awaited<ReturnType<typeof getBreakdowns>>[number];
