import "server-only";
import { periodRange, type IncidentFilters } from "@/lib/schemas/incident-filters";
import type { ExportLayout, ExportTable } from "@/lib/csv/columns";
import type { ExportFormat } from "./export-request";
import type { PrivacyLevel } from "./privacy-sql";

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * e.g. rescue-ledger_incidents_2016-01-01_2016-12-31.csv (or .xlsx); `_all` when the period is open on both ends; a full
 * file says so (rescue-ledger_incidents-full_…), so that it is not passed on for a shareable one.
 */
export function exportFilename(table: ExportTable, layout: ExportLayout, filters: IncidentFilters, privacy: PrivacyLevel, format: ExportFormat = "csv", now = new Date()) {
  const { start, end } = periodRange(filters, now);
  const last = end && new Date(end.getTime() - 86_400_000);
  const period = start && last ? `${day(start)}_${day(last)}` : start ? `from_${day(start)}` : last ? `until_${day(last)}` : "all";
  const what = table !== "incidents" || layout === "ledger" ? table : layout === "iom" ? "incidents_iom-mmp" : "incidents_iom-mmp-2021";
  return `rescue-ledger_${what}${privacy === "full" ? "-full" : ""}_${period}.${format}`;
}
