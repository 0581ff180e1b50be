import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { EVACUATION_COLUMNS, INJURY_COLUMNS, NATIONALITY_COLUMNS, REVISION_COLUMNS, type ColumnName } from "@/lib/csv/columns";
import type { ExportLabels } from "./export-labels";
import { coded, iso, safe, selectList } from "./sql-format";

// The long-format files: one row per injury, evacuation, nationality or figure revision of the matching incidents.
const incident = { reference: safe("i.reference"), occurred_at: iso(`i."occurredAt"`) };

const injury = (labels: ExportLabels | null): Record<ColumnName<typeof INJURY_COLUMNS>, string> => ({
  ...incident, type: coded("x.type::text", labels?.injuryType), severity: coded("x.severity::text", labels?.severity), count: "x.count",
});

const evacuation = (labels: ExportLabels | null): Record<ColumnName<typeof EVACUATION_COLUMNS>, string> => ({
  ...incident, count: "x.count", means: coded("x.means::text", labels?.evacuationMeans), destination: safe("x.destination"), evacuated_at: iso(`x."evacuatedAt"`),
});

const NATIONALITY: Record<ColumnName<typeof NATIONALITY_COLUMNS>, string> = { ...incident, country: "x.country", count: "x.count" };

// Figures as the revision timeline reads them from the audit trail: a CREATE's snapshot gives the
// first value, each UPDATE that touched a figure its from → to.
const FIGURES = `('personsOnBoard', 'persons_on_board'), ('rescued', 'rescued'), ('dead', 'dead'), ('missing', 'missing')`;
const REVISION: Record<ColumnName<typeof REVISION_COLUMNS>, string> = {
  ...incident,
  field: "f.name",
  from: `CASE WHEN e.action = 'UPDATE' THEN e.changes -> f.key ->> 'from' END`,
  to: `CASE WHEN e.action = 'UPDATE' THEN e.changes -> f.key ->> 'to' ELSE e.changes ->> f.key END`,
  reason: safe("e.reason"),
  changed_by: safe("u.name"),
  changed_at: iso(`e."createdAt"`),
};

export function injurySelect(where: Prisma.Sql, orderBy: Prisma.Sql, _reader: unknown, labels: ExportLabels | null) {
  return Prisma.sql`SELECT ${Prisma.raw(selectList(INJURY_COLUMNS, injury(labels)))}
FROM "Incident" i JOIN "Injury" x ON x."incidentId" = i.id
WHERE ${where} ORDER BY ${orderBy}, x.type, x.severity, x.id`;
}

export function evacuationSelect(where: Prisma.Sql, orderBy: Prisma.Sql, _reader: unknown, labels: ExportLabels | null) {
  return Prisma.sql`SELECT ${Prisma.raw(selectList(EVACUATION_COLUMNS, evacuation(labels)))}
FROM "Incident" i JOIN "Evacuation" x ON x."incidentId" = i.id
WHERE ${where} ORDER BY ${orderBy}, x."evacuatedAt" NULLS LAST, x.id`;
}

export function nationalitySelect(where: Prisma.Sql, orderBy: Prisma.Sql) {
  return Prisma.sql`SELECT ${Prisma.raw(selectList(NATIONALITY_COLUMNS, NATIONALITY))}
FROM "Incident" i JOIN "IncidentNationality" x ON x."incidentId" = i.id
WHERE ${where} ORDER BY ${orderBy}, x.count DESC, x.country`;
}

export function revisionSelect(where: Prisma.Sql, orderBy: Prisma.Sql) {
  return Prisma.sql`SELECT ${Prisma.raw(selectList(REVISION_COLUMNS, REVISION))}
FROM "Incident" i
JOIN "AuditEvent" e ON e."incidentId" = i.id AND e.action IN ('CREATE', 'UPDATE')
CROSS JOIN (VALUES ${Prisma.raw(FIGURES)}) AS f(key, name)
LEFT JOIN "User" u ON u.id = e."actorId"
WHERE ${where} AND (
  (e.action = 'CREATE' AND e.changes ? f.key AND jsonb_typeof(e.changes -> f.key) <> 'null')
  OR (e.action = 'UPDATE' AND jsonb_typeof(e.changes -> f.key) = 'object' AND e.changes -> f.key ? 'to'))
ORDER BY ${orderBy}, e."createdAt", e.id, f.key`;
}
