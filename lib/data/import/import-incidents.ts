import "server-only";
import type { ImportReport } from "@/lib/csv/import-report";
import type { SessionUser } from "@/lib/data/users";
import { inReadersLanguage } from "./in-readers-language";
import { type ImportOptions, runImport } from "./run-import";

export type { ImportOptions } from "./run-import";

/** Runs an import at once (./run-import.ts) and gives its report in the reader's language. */
export async function importIncidents(user: SessionUser, bytes: Uint8Array, options: ImportOptions): Promise<ImportReport> {
  return inReadersLanguage(await runImport(user, bytes, options));
}
