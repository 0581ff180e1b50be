import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { EVACUATION_COLUMNS, INJURY_COLUMNS, NATIONALITY_COLUMNS, REVISION_COLUMNS, type ColumnName } from "@/lib/csv/columns";
import type { ExportContext } from "./export-context";
import type { Redaction } from "./privacy-sql";
import { coded, safe, selectList } from "./sql-format";

// The long-format files: one row per injury, evacuation, nationality or figure revision of the matching incidents.
const incident = (r: Redaction) => ({ reference: safe("i.reference"), occurred_at: r.time(`i."occurredAt"`) });

const injury = ({ labels, redact: r }: ExportContext): Record<ColumnName<typeof INJURY_COLUMNS>, string> => ({
  ...incident(r), type: coded("x.type::text", labels?.injuryType), severity: coded("x.severity::text", labels?.severity), count: "x.count",
});

const evacuation = ({ labels, redact: r }: ExportContext): Record<ColumnName<typeof EVACUATION_COLUMNS>, string> => ({
  ...incident(r), count: "x.count", means: coded("x.means::text", labels?.evacuationMeans),
  destination: r.text(safe("x.destination")), evacuated_at: r.time(`x."evacuatedAt"`),
});

const nationality = (r: Redaction): Record<ColumnName<typeof NATIONALITY_COLUMNS>, string> => ({ ...incident(r), country: "x.country", count: r.count("x.count") });

// Figures as the revision timeline reads them from the audit trail: a CREATE's snapshot gives the
// first value, each UPDATE that touched a figure its from → to. Shareable rows keep the figures, not
// the reason given (free text) nor who changed them.
const FIGURES = `('personsOnBoard', 'persons_on_board'), ('rescued', 'rescued'), ('dead', 'dead'), ('missing', 'missing')`;
const revision = (r: Redaction): Record<ColumnName<typeof REVISION_COLUMNS>, string> => ({
  ...incident(r),
  field: "f.name",
  from: `CASE WHEN e.action = 'UPDATE' THEN e.changes -> f.key ->> 'from' END`,
  to: `CASE WHEN e.action = 'UPDATE' THEN e.changes -> f.key ->> 'to' ELSE e.changes ->> f.key END`,
  reason: r.text(safe("e.reason")),
  changed_by: r.text(safe("u.name")),
  changed_at: r.time(`e."createdAt"`),
});

export function injurySelect(where: Prisma.Sql, orderBy: Prisma.Sql, context: ExportContext) {
  return Prisma.sql`SELECT ${Prisma.raw(selectList(INJURY_COLUMNS, injury(context)))}
FROM "Incident" i JOIN "Injury" x ON x."incidentId" = i.id
WHERE ${where} ORDER BY ${orderBy}, x.type, x.severity, x.id`;
}

export function evacuationSelect(where: Prisma.Sql, orderBy: Prisma.Sql, context: ExportContext) {
  return Prisma.sql`SELECT ${Prisma.raw(selectList(EVACUATION_COLUMNS, evacuation(context)))}
FROM "Incident" i JOIN "Evacuation" x ON x."incidentId" = i.id
WHERE ${where} ORDER BY ${orderBy}, x."evacuatedAt" NULLS LAST, x.id`;
}

export function nationalitySelect(where: Prisma.Sql, orderBy: Prisma.Sql, { redact: r }: ExportContext) {
  return Prisma.sql`SELECT ${Prisma.raw(selectList(NATIONALITY_COLUMNS, nationality(r)))}
FROM "Incident" i JOIN "IncidentNationality" x ON x."incidentId" = i.id
WHERE ${where} ORDER BY ${orderBy}, ${Prisma.raw(r.countOrder("x.count"))} DESC NULLS LAST, x.country`;
}

/** The figure revisions of the incidents that match where: FROM … WHERE, for the rows and their count. */
export function revisionRows(where: Prisma.Sql) {
  return Prisma.sql`"Incident" i
JOIN "AuditEvent" e ON e."incidentId" = i.id AND e.action IN ('CREATE', 'UPDATE')
CROSS JOIN (VALUES ${Prisma.raw(FIGURES)}) AS f(key, name)
LEFT JOIN "User" u ON u.id = e."actorId"
WHERE ${where} AND (
  (e.action = 'CREATE' AND e.changes ? f.key AND jsonb_typeof(e.changes -> f.key) <> 'null')
  OR (e.action = 'UPDATE' AND jsonb_typeof(e.changes -> f.key) = 'object' AND e.changes -> f.key ? 'to'))`;
}

export function revisionSelect(where: Prisma.Sql, orderBy: Prisma.Sql, { redact: r }: ExportContext) {
  return Prisma.sql`SELECT ${Prisma.raw(selectList(REVISION_COLUMNS, revision(r)))}
FROM ${revisionRows(where)}
ORDER BY ${orderBy}, e."createdAt", e.id, f.key`;
}
