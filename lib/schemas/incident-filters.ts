import { z } from "zod";
import { BoatType, IncidentOutcome, IncidentPhase, IncidentStatus } from "@/generated/prisma/enums";
import { IOM_REGIONS, IOM_ROUTES } from "@/lib/schemas/incident-vocabulary";
import { pageNumberSchema } from "@/lib/schemas/page-number";

// The filters of the incident list, the dashboard and the CSV export: one schema read from the URL, so
// the same link shows the same incidents everywhere. Bad values fall back to "no filter", never an error.
export const PERIODS = ["all", "this-month", "this-year", "last-12-months", "custom"] as const;
export const SORTS = ["newest", "oldest", "most-rescued", "most-dead-missing", "relevance"] as const;
export const SAR_REGION_FILTERS = ["Italy", "Libya", "Malta", "Tunisia", "none"] as const;
/** Every outcome, and "none" for the cases whose outcome is not recorded. */
export const OUTCOME_FILTERS = [...Object.values(IncidentOutcome), "none"] as const;
export const DEFAULT_STATUSES = [IncidentStatus.SUBMITTED, IncidentStatus.VERIFIED];

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const many = (value: unknown) => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => one(v) || undefined, schema.optional()).catch(undefined);
const isoDay = z.iso.date();

export const incidentFilterSchema = z.object({
  period: z.preprocess(one, z.enum(PERIODS)).catch("all"),
  from: optional(isoDay),
  to: optional(isoDay),
  organization: optional(z.uuid()),
  vessel: optional(z.uuid()),
  sarRegion: optional(z.enum(SAR_REGION_FILTERS)),
  region: optional(z.enum(IOM_REGIONS)),
  route: optional(z.enum(IOM_ROUTES)),
  boatType: optional(z.enum(BoatType)),
  outcome: optional(z.enum(OUTCOME_FILTERS)),
  phase: optional(z.enum(IncidentPhase)),
  status: z.preprocess(many, z.array(z.enum(IncidentStatus)).min(1)).catch(DEFAULT_STATUSES),
  sort: z.preprocess(one, z.enum(SORTS)).catch("newest"),
  page: pageNumberSchema,
  // The id of the user's search (a SavedFilter row): the text itself never travels in a URL.
  search: optional(z.uuid()),
});

export type IncidentFilters = z.infer<typeof incidentFilterSchema>;

export function parseIncidentFilters(params: Record<string, string | string[] | undefined>): IncidentFilters {
  return incidentFilterSchema.parse(params);
}

/** The half-open UTC interval [start, end) a period covers; null bounds are open. */
export function periodRange(filters: Pick<IncidentFilters, "period" | "from" | "to">, now = new Date()): { start: Date | null; end: Date | null } {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  switch (filters.period) {
    case "this-month":
      return { start: new Date(Date.UTC(year, month, 1)), end: new Date(Date.UTC(year, month + 1, 1)) };
    case "this-year":
      return { start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)) };
    case "last-12-months":
      return { start: new Date(Date.UTC(year, month - 11, 1)), end: new Date(Date.UTC(year, month + 1, 1)) };
    case "custom": {
      const end = filters.to ? new Date(`${filters.to}T00:00:00Z`) : null;
      end?.setUTCDate(end.getUTCDate() + 1);
      return { start: filters.from ? new Date(`${filters.from}T00:00:00Z`) : null, end };
    }
    default:
      return { start: null, end: null };
  }
}

/** The filters as URL search parameters (defaults left out), for links, the export and pagination. */
export function filtersToSearchParams(filters: Partial<IncidentFilters>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || (key === "page" && value === 1) || (key === "sort" && value === "newest") || (key === "period" && value === "all")) continue;
    if (key === "status" && sameStatuses(value as IncidentStatus[], DEFAULT_STATUSES)) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  return params;
}

function sameStatuses(a: IncidentStatus[], b: IncidentStatus[]) {
  return a.length === b.length && a.every((s) => b.includes(s));
}
