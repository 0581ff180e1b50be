import "server-only";
import { EXPORT_LAYOUTS, EXPORT_TABLES, type ExportLayout, type ExportTable } from "@/lib/csv/columns";
import { parseIncidentFilters, type IncidentFilters } from "@/lib/schemas/incident-filters";

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** labels: the reader's words in coded columns (labels=translated) instead of the stored codes. */
export type ExportRequest = { table: ExportTable; layout: ExportLayout; format: ExportFormat; bom: boolean; labels: boolean; filters: IncidentFilters };

/** The URL's filters (the list's schema) plus table, layout, format, bom and labels; a message when they do not fit together. */
export function parseExportRequest(params: URLSearchParams): { ok: true; request: ExportRequest } | { ok: false; message: string } {
  // No prototype: a parameter named __proto__ or constructor is a parameter like any other.
  const grouped: Record<string, string[]> = Object.create(null);
  for (const [key, value] of params) (grouped[key] ??= []).push(value);
  const table = params.get("table") ?? "incidents";
  const layout = params.get("layout") ?? "ledger";
  const format = params.get("format") ?? "csv";
  if (!isOneOf(EXPORT_TABLES, table)) return { ok: false, message: `Unknown table "${table}": use ${EXPORT_TABLES.join(", ")}.` };
  if (!isOneOf(EXPORT_LAYOUTS, layout)) return { ok: false, message: `Unknown layout "${layout}": use ${EXPORT_LAYOUTS.join(" or ")}.` };
  if (!isOneOf(EXPORT_FORMATS, format)) return { ok: false, message: `Unknown format "${format}": use ${EXPORT_FORMATS.join(" or ")}.` };
  if (layout !== "ledger" && table !== "incidents") return { ok: false, message: "The IOM layout has incidents only: leave out table or choose the ledger layout." };
  const filters = { ...parseIncidentFilters(grouped), page: 1 };
  return { ok: true, request: { table, layout, format, bom: params.get("bom") !== "0", labels: params.get("labels") === "translated", filters } };
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
