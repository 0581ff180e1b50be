import type { DashboardKpis, Kpis } from "@/lib/data/dashboard/get-kpis";
import type { Breakdown } from "@/lib/data/dashboard/get-breakdowns";
import type { Nationalities } from "@/lib/data/dashboard/get-nationalities";
import { partnerFigure } from "./disclosure";

/** A figure as shown: exact, or for partners rounded to 5 (a number) or suppressed ("<5"). */
export type Figure = number | string;
type Shown<T, K extends keyof T> = Omit<T, K> & Record<K, Figure>;

function shown<T extends object, K extends keyof T>(row: T, keys: readonly K[], threshold: number): Shown<T, K> {
  const figures = { ...row } as Record<PropertyKey, unknown>;
  for (const key of keys) figures[key] = partnerFigure(row[key] as number, threshold);
  return figures as Shown<T, K>;
}

const KPI_FIGURES = ["incidents", "rescued", "dead", "missing", "deadMissing", "injured", "serious", "critical", "evacuated"] as const;
export type ShownKpis = Shown<Kpis, (typeof KPI_FIGURES)[number]>;

// The rate is a quotient of exact sums and the counts of incidents with an unknown figure would give
// back what the rounding hides: partners see neither.
const kpisForPartners = (kpis: Kpis, threshold: number): ShownKpis => ({
  ...shown(kpis, KPI_FIGURES, threshold), lostPerThousand: null, rescuedUnknown: 0, deadUnknown: 0, missingUnknown: 0, deadOrMissingUnknown: 0, knownIncidents: 0,
});

/**
 * The dashboard's aggregated figures as partners may see them (docs/csv.md, "Shareable files and
 * figures for partners"): each total on its own rounded to 5, below the threshold suppressed.
 */
export const forPartners = {
  kpis: ({ current, previous, comparedRange }: DashboardKpis, threshold: number) => ({
    current: kpisForPartners(current, threshold), previous: previous && kpisForPartners(previous, threshold), comparedRange,
  }),
  breakdowns: (breakdowns: Breakdown[], threshold: number) =>
    breakdowns.map((b) => ({ ...b, rows: b.rows.map((row) => shown(row, ["incidents", "rescued", "dead", "missing", "deadMissing", "unknown"] as const, threshold)) })),
  nationalities: ({ top, other, totalPersons, cases }: Nationalities, threshold: number) => ({
    top: top.map((row) => shown(row, ["persons"] as const, threshold)),
    other: shown(other, ["persons"] as const, threshold),
    totalPersons: partnerFigure(totalPersons, threshold),
    cases: partnerFigure(cases, threshold),
  }),
};

export type ShownDashboardKpis = DashboardKpis | ReturnType<typeof forPartners.kpis>;
export type ShownBreakdown = Breakdown | ReturnType<typeof forPartners.breakdowns>[number];
export type ShownNationalities = Nationalities | ReturnType<typeof forPartners.nationalities>;
