import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { UserFacingError } from "../user-facing-error";
import { serverMajor } from "./catalog";
import { writeCopyDump } from "./copy-dump";
import { pgDump } from "./pg-dump";
import { findPgTool } from "./pg-tools";

export type BackupMethod = "pg_dump" | "copy";
/** `unusable`: pg_dump programs found but too old for the server. */
export type BackupReport = { file: string; method: BackupMethod; tool: string | null; unusable: string[]; bytes: number; ms: number };

export async function withClient<T>(url: string, body: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}

export function defaultBackupFile(now = new Date()) {
  return path.join("backups", `rescue-ledger-${now.toISOString().replace(/:/g, "-").replace(/\.\d+Z$/, "Z")}.dump`);
}

/**
 * Dumps the database with a pg_dump that can read its server; where there is none (the embedded
 * PostgreSQL ships none, and an older system pg_dump refuses a newer server) with a copy dump.
 * `method` forces one (tests).
 */
export async function backupDatabase(url: string, file: string, method?: BackupMethod): Promise<BackupReport> {
  const started = performance.now();
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const major = await withClient(url, serverMajor);
  const { file: tool, rejected } = method === "copy" ? { file: null, rejected: [] } : await findPgTool("pg_dump", major);
  if (tool) await pgDump(tool, url, file);
  else if (method === "pg_dump") throw new UserFacingError(`No pg_dump for PostgreSQL ${major} or newer was found (found: ${rejected.join(", ") || "none"}).`);
  else await writeCopyDump(url, file);
  return { file, method: tool ? "pg_dump" : "copy", tool, unusable: rejected, bytes: (await stat(file)).size, ms: performance.now() - started };
}
