import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { EVENT_COLUMNS, TRACK_COLUMNS, type ColumnName } from "@/lib/csv/columns";
import type { ExportLabels } from "./export-labels";
import { coded, iso, safe, selectList } from "./sql-format";

// The long-format files of the case as it unfolded: one row per timeline event or track point of the
// matching incidents.
const event = (labels: ExportLabels | null): Record<ColumnName<typeof EVENT_COLUMNS>, string> => ({
  reference: safe("i.reference"),
  event_time: iso(`x."occurredAt"`),
  event_type: coded("x.type::text", labels?.eventType),
  alert_source: coded(`x."alertSource"::text`, labels?.alertSource),
  count: "x.count",
  port: safe("x.port"),
  position_text: safe(`x."positionText"`),
  latitude: "x.latitude",
  longitude: "x.longitude",
  who_kind: `CASE WHEN x."vesselId" IS NOT NULL THEN 'VESSEL' WHEN x."organizationId" IS NOT NULL THEN 'ORGANIZATION' WHEN x.authority IS NOT NULL THEN 'AUTHORITY' END`,
  who: safe(`COALESCE(v.name, o."shortName", x.authority)`),
  linked_case: "lc.reference",
  note: safe("x.note"),
});

const TRACK: Record<ColumnName<typeof TRACK_COLUMNS>, string> = {
  reference: safe("i.reference"),
  point_time: iso(`x."occurredAt"`),
  position_text: safe(`x."positionText"`),
  latitude: "x.latitude",
  longitude: "x.longitude",
  note: safe("x.note"),
};

/** A linked case is named only when the reader may read it, as on the case page. */
export function eventSelect(where: Prisma.Sql, orderBy: Prisma.Sql, reader: { organizationId: string }, labels: ExportLabels | null) {
  const org = reader.organizationId;
  return Prisma.sql`SELECT ${Prisma.raw(selectList(EVENT_COLUMNS, event(labels)))}
FROM "Incident" i JOIN "TimelineEvent" x ON x."incidentId" = i.id
LEFT JOIN "Vessel" v ON v.id = x."vesselId"
LEFT JOIN "Organization" o ON o.id = x."organizationId"
LEFT JOIN "Incident" lc ON lc.id = x."linkedIncidentId" AND lc."deletedAt" IS NULL AND (lc."organizationId" = ${org}::uuid
  OR EXISTS (SELECT 1 FROM "IncidentPartner" lp WHERE lp."incidentId" = lc.id AND lp."organizationId" = ${org}::uuid))
WHERE ${where} ORDER BY ${orderBy}, x."occurredAt", x."createdAt", x.id`;
}

export function trackSelect(where: Prisma.Sql, orderBy: Prisma.Sql) {
  return Prisma.sql`SELECT ${Prisma.raw(selectList(TRACK_COLUMNS, TRACK))}
FROM "Incident" i JOIN "TrackPoint" x ON x."incidentId" = i.id
WHERE ${where} ORDER BY ${orderBy}, x."occurredAt", x."createdAt", x.id`;
}
