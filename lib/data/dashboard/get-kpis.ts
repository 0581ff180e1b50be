import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users";
import type { IncidentFilters } from "@/lib/schemas/incident-filters";
import { dashboardRollupWhere, previousRange, type DateRange } from "./scope";

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
async function kpisFor(where: Prisma.Sql): Promise<Kpis> {
  const [row] = await db.$queryRaw<KpiRow[]>`
    SELECT COALESCE(sum(r.incidents), 0)::int AS incidents,
      COALESCE(sum(r.rescued), 0)::float8 AS rescued, COALESCE(sum(r.dead), 0)::float8 AS dead, COALESCE(sum(r.missing), 0)::float8 AS missing,
      COALESCE(sum(r."rescuedUnknown"), 0)::int AS "rescuedUnknown", COALESCE(sum(r."deadUnknown"), 0)::int AS "deadUnknown",
      COALESCE(sum(r."missingUnknown"), 0)::int AS "missingUnknown", COALESCE(sum(r."deadOrMissingUnknown"), 0)::int AS "deadOrMissingUnknown",
      COALESCE(sum(r."knownLost"), 0)::float8 AS "knownLost", COALESCE(sum(r."knownInvolved"), 0)::float8 AS "knownInvolved",
      COALESCE(sum(r."knownIncidents"), 0)::int AS "knownIncidents",
      COALESCE(sum(r.injured), 0)::float8 AS injured, COALESCE(sum(r.serious), 0)::float8 AS serious,
      COALESCE(sum(r.critical), 0)::float8 AS critical, COALESCE(sum(r.evacuated), 0)::float8 AS evacuated
    FROM "IncidentRollup" r WHERE ${where}`;
  const { knownLost, knownInvolved, ...figures } = row;
  return {
    ...figures,
    deadMissing: figures.dead + figures.missing,
    lostPerThousand: knownInvolved > 0 ? (knownLost * 1000) / knownInvolved : null,
  };
}

/** The KPI figures for the filters, and for the same period one year earlier (null for all time). */
export async function getDashboardKpis(user: SessionUser, filters: IncidentFilters, now = new Date()) {
  const where = dashboardRollupWhere(user, filters, now);
  const comparedRange: DateRange | null = previousRange(filters, now);
  const [current, previous] = await Promise.all([
    kpisFor(where),
    comparedRange ? kpisFor(dashboardRollupWhere(user, filters, now, { range: comparedRange })) : null,
  ]);
  return { current, previous, comparedRange };
}

export type DashboardKpis = Awaited<ReturnType<typeof getDashboardKpis>>;
