import { z } from "zod";
import { AuditAction } from "@/generated/prisma/enums";
import { MAX_KEY_LENGTH } from "@/lib/csv/row-keys";
import { pageNumberSchema } from "./page-number";
import { storableText } from "./storable-text";

// Anything unparseable in the URL is dropped rather than refused: a stale or hand-edited link still opens.
const text = (max: number) => storableText().max(max).optional().catch(undefined).transform((v) => v || undefined);
const day = z.iso.date().optional().catch(undefined);

export const auditFilterSchema = z.object({
  actor: text(200),
  action: z.enum(AuditAction).optional().catch(undefined),
  from: day,
  to: day,
  incident: text(MAX_KEY_LENGTH),
  page: pageNumberSchema,
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** The URL query for a filter's given keys, without empty values, so that links and pagination keep the filters. */
export function filterQuery<F extends { page: number }>(filter: F, keys: readonly (keyof F)[], page = filter.page) {
  const params = new URLSearchParams();
  for (const key of keys) if (filter[key]) params.set(String(key), String(filter[key]));
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

export const auditFilterQuery = (filter: AuditFilter, page = filter.page) => filterQuery(filter, ["actor", "action", "from", "to", "incident"], page);

/** A user and a period: "everything this user read" (app/(app)/audit/reads). */
export const userReadsFilterSchema = auditFilterSchema.pick({ from: true, to: true, page: true }).extend({
  user: z.uuid().optional().catch(undefined),
});

export type UserReadsFilter = z.infer<typeof userReadsFilterSchema>;

/** Without a period, today (a UTC day, as the audit log's): the day a coordinator usually checks on. */
export function withDefaultPeriod(filter: UserReadsFilter, now = new Date()): UserReadsFilter {
  if (filter.from || filter.to) return filter;
  const today = now.toISOString().slice(0, 10);
  return { ...filter, from: today, to: today };
}

export const userReadsQuery = (filter: UserReadsFilter, page = filter.page) => filterQuery(filter, ["user", "from", "to"], page);
