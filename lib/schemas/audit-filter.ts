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

/** The URL query for a filter, without empty values, so that links and pagination keep the filters. */
export function auditFilterQuery(filter: AuditFilter, page = filter.page) {
  const params = new URLSearchParams();
  for (const key of ["actor", "action", "from", "to", "incident"] as const) if (filter[key]) params.set(key, filter[key]);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
