import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { EVENT_COLUMNS, TRACK_COLUMNS, type ColumnName } from "@/lib/csv/columns";
import type { ExportContext } from "./export-context";
import type { Redaction } from "./privacy-sql";
import { coded, safe, selectList } from "./sql-format";

// The long-format files of the case as it unfolded: one row per timeline event or track point of the
// matching incidents. Shareable rows keep what happened and who (a vessel or organization of the registry),
// not what was typed: notes, ports, authorities, positions as entered.
const event = ({ labels, redact: r }: ExportContext): Record<ColumnName<typeof EVENT_COLUMNS>, string> => ({
  reference: safe("i.reference"),
  event_time: r.time(`x."occurredAt"`),
  event_type: coded("x.type::text", labels?.eventType),
  alert_source: coded(`x."alertSource"::text`, labels?.alertSource),
  count: "x.count",
  port: r.text(safe("x.port")),
  position_text: r.text(safe(`x."positionText"`)),
  latitude: r.position("x.latitude"),
  longitude: r.position("x.longitude"),
  who_kind: `CASE WHEN x."vesselId" IS NOT NULL THEN 'VESSEL' WHEN x."organizationId" IS NOT NULL THEN 'ORGANIZATION' WHEN x.authority IS NOT NULL THEN 'AUTHORITY' END`,
  who: safe(`COALESCE(v.name, o."shortName", ${r.text("x.authority")})`),
  linked_case: "lc.reference",
  note: r.text(safe("x.note")),
});

const track = (r: Redaction): Record<ColumnName<typeof TRACK_COLUMNS>, string> => ({
  reference: safe("i.reference"),
  point_time: r.time(`x."occurredAt"`),
  position_text: r.text(safe(`x."positionText"`)),
  latitude: r.position("x.latitude"),
  longitude: r.position("x.longitude"),
  note: r.text(safe("x.note")),
});

/** A linked case is named only when the reader may read it, as on the case page. */
export function eventSelect(where: Prisma.Sql, orderBy: Prisma.Sql, context: ExportContext) {
  const org = context.reader.organizationId;
  return Prisma.sql`SELECT ${Prisma.raw(selectList(EVENT_COLUMNS, event(context)))}
FROM "Incident" i JOIN "TimelineEvent" x ON x."incidentId" = i.id
LEFT JOIN "Vessel" v ON v.id = x."vesselId"
LEFT JOIN "Organization" o ON o.id = x."organizationId"
LEFT JOIN "Incident" lc ON lc.id = x."linkedIncidentId" AND lc."deletedAt" IS NULL AND (lc."organizationId" = ${org}::uuid
  OR EXISTS (SELECT 1 FROM "IncidentPartner" lp WHERE lp."incidentId" = lc.id AND lp."organizationId" = ${org}::uuid))
WHERE ${where} ORDER BY ${orderBy}, x."occurredAt", x."createdAt", x.id`;
}

export function trackSelect(where: Prisma.Sql, orderBy: Prisma.Sql, { redact }: ExportContext) {
  return Prisma.sql`SELECT ${Prisma.raw(selectList(TRACK_COLUMNS, track(redact)))}
FROM "Incident" i JOIN "TrackPoint" x ON x."incidentId" = i.id
WHERE ${where} ORDER BY ${orderBy}, x."occurredAt", x."createdAt", x.id`;
}
