import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { EVACUATION_COLUMNS, INJURY_COLUMNS, IOM_2021_COLUMNS, IOM_COLUMNS, LEDGER_COLUMNS, NATIONALITY_COLUMNS, REVISION_COLUMNS, type ExportLayout, type ExportTable } from "@/lib/csv/columns";
import { EVENT_COLUMNS, TRACK_COLUMNS } from "@/lib/csv/columns";
import { eventSelect, trackSelect } from "./case-story-selects";
import type { ExportContext } from "./export-context";
import { iom2021Select, iomSelect } from "./iom-select";
import { ledgerSelect } from "./ledger-select";
import { evacuationSelect, injurySelect, nationalitySelect, revisionRows, revisionSelect } from "./long-selects";

/**
 * The rows of the incidents that match where; the reader's organization scopes what rows point to (a linked
 * case); labels, when asked for, replace the codes of coded columns (the IOM layout keeps IOM's words);
 * the redaction makes the shareable cells.
 */
type Build = (where: Prisma.Sql, orderBy: Prisma.Sql, context: ExportContext) => Prisma.Sql;
export type ExportKind = { select: Build; count: (where: Prisma.Sql) => Prisma.Sql; header: readonly string[] };

const countIncidents = (where: Prisma.Sql) => Prisma.sql`SELECT count(*)::int AS rows FROM "Incident" i WHERE ${where}`;
const countChildren = (table: string) => (where: Prisma.Sql) =>
  Prisma.sql`SELECT count(*)::int AS rows FROM "Incident" i JOIN ${Prisma.raw(`"${table}"`)} x ON x."incidentId" = i.id WHERE ${where}`;
const names = (columns: readonly { name: string }[]) => columns.map((c) => c.name);

const LONG: Record<Exclude<ExportTable, "incidents">, ExportKind> = {
  injuries: { select: injurySelect, count: countChildren("Injury"), header: names(INJURY_COLUMNS) },
  evacuations: { select: evacuationSelect, count: countChildren("Evacuation"), header: names(EVACUATION_COLUMNS) },
  nationalities: { select: nationalitySelect, count: countChildren("IncidentNationality"), header: names(NATIONALITY_COLUMNS) },
  revisions: {
    select: revisionSelect,
    count: (where) => Prisma.sql`SELECT count(*)::int AS rows FROM ${revisionRows(where)}`,
    header: names(REVISION_COLUMNS),
  },
  events: { select: eventSelect, count: countChildren("TimelineEvent"), header: names(EVENT_COLUMNS) },
  track: { select: trackSelect, count: countChildren("TrackPoint"), header: names(TRACK_COLUMNS) },
};

const LAYOUTS: Record<ExportLayout, ExportKind> = {
  ledger: { select: ledgerSelect, count: countIncidents, header: names(LEDGER_COLUMNS) },
  iom: { select: iomSelect, count: countIncidents, header: names(IOM_COLUMNS) },
  iom2021: { select: iom2021Select, count: countIncidents, header: names(IOM_2021_COLUMNS) },
};

/** What one download holds: the incidents in a layout, or one of the long-format tables. */
export function exportKind(table: ExportTable, layout: ExportLayout): ExportKind {
  if (table !== "incidents") return LONG[table];
  return LAYOUTS[layout];
}
