import "server-only";
import type { ImportReport } from "@/lib/csv/import-report";
import type { Plan } from "./plan-import";

/** A report with no figures yet: what the import page gets with a mapping to confirm. */
export function emptyReport(fileName: string, fileHash: string): ImportReport {
  return {
    fileName, fileHash, layout: "mapped", rowsRead: 0, create: 0, update: 0, unchanged: 0, skipped: 0, warnings: 0, problems: [], problemCount: 0,
    notes: [], ignoredColumns: [], newVessels: [], newOrganizations: [], committed: false, durationMs: 0,
  };
}

// The ledger names a position problem after position_text or latitude, whichever the file has.
const SAME_POSITION: Record<string, string> = { latitude: "position_text", longitude: "position_text", position_text: "latitude" };

/** The problems of a mapped file under its own column names, as the importer knows them, not the ledger's. */
export function inFileColumns(plan: Plan, headerOf: Map<string, string>) {
  const column = (name: string) => headerOf.get(name) ?? headerOf.get(SAME_POSITION[name] ?? "") ?? name;
  for (const { mapped } of plan.rows) {
    for (const problem of mapped.problems) problem.column = column(problem.column);
    for (const translation of mapped.translations) translation.column = column(translation.column);
  }
}
