import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users";
import type { IncidentFilters } from "@/lib/schemas/incident-filters";
import { dashboardWhere, previousRange, type DateRange } from "./scope";

type KpiRow = {
  incidents: number; rescued: number; dead: number; missing: number;
  injured: number; serious: number; critical: number; evacuated: number;
  rescuedUnknown: number; deadUnknown: number; missingUnknown: number; deadOrMissingUnknown: number;
  knownLost: number; knownInvolved: number; knownIncidents: number;
};

export type Kpis = Omit<KpiRow, "knownLost" | "knownInvolved"> & {
  deadMissing: number;
  /** Dead + missing per 1,000 people involved, over the incidents whose three figures are all known. */
  lostPerThousand: number | null;
};

// Sums skip unknown (NULL) figures; the *Unknown counts say how many incidents left each one out.
// Injuries and evacuations join the scoped incidents once, by id.
async function kpisFor(where: Prisma.Sql): Promise<Kpis> {
  const [row] = await db.$queryRaw<KpiRow[]>`
    WITH scoped AS MATERIALIZED (SELECT i.id, i.rescued, i.dead, i.missing FROM "Incident" i WHERE ${where}),
    figures AS (
      SELECT count(*)::int AS incidents,
        COALESCE(sum(rescued), 0)::float8 AS rescued, COALESCE(sum(dead), 0)::float8 AS dead, COALESCE(sum(missing), 0)::float8 AS missing,
        count(*) FILTER (WHERE rescued IS NULL)::int AS "rescuedUnknown",
        count(*) FILTER (WHERE dead IS NULL)::int AS "deadUnknown",
        count(*) FILTER (WHERE missing IS NULL)::int AS "missingUnknown",
        count(*) FILTER (WHERE dead IS NULL OR missing IS NULL)::int AS "deadOrMissingUnknown",
        COALESCE(sum(dead + missing) FILTER (WHERE rescued IS NOT NULL), 0)::float8 AS "knownLost",
        COALESCE(sum(rescued + dead + missing), 0)::float8 AS "knownInvolved",
        count(rescued + dead + missing)::int AS "knownIncidents"
      FROM scoped),
    injuries AS (
      SELECT COALESCE(sum(j.count), 0)::float8 AS injured,
        COALESCE(sum(j.count) FILTER (WHERE j.severity = 'SERIOUS'), 0)::float8 AS serious,
        COALESCE(sum(j.count) FILTER (WHERE j.severity = 'CRITICAL'), 0)::float8 AS critical
      FROM "Injury" j JOIN scoped s ON s.id = j."incidentId"),
    evacuations AS (SELECT COALESCE(sum(e.count), 0)::float8 AS evacuated FROM "Evacuation" e JOIN scoped s ON s.id = e."incidentId")
    SELECT * FROM figures, injuries, evacuations`;
  const { knownLost, knownInvolved, ...figures } = row;
  return {
    ...figures,
    deadMissing: figures.dead + figures.missing,
    lostPerThousand: knownInvolved > 0 ? (knownLost * 1000) / knownInvolved : null,
  };
}

/** The KPI figures for the filters, and for the same period one year earlier (null for all time). */
export async function getDashboardKpis(user: SessionUser, filters: IncidentFilters, now = new Date()) {
  const where = dashboardWhere(user, filters, now);
  const comparedRange: DateRange | null = previousRange(filters, now);
  const [current, previous] = await Promise.all([
    kpisFor(where),
    comparedRange ? kpisFor(dashboardWhere(user, filters, now, comparedRange)) : null,
  ]);
  return { current, previous, comparedRange };
}

export type DashboardKpis = Awaited<ReturnType<typeof getDashboardKpis>>;
