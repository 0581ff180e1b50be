import { open } from "node:fs/promises";
import { UserFacingError } from "../user-facing-error";
import { withClient, type BackupMethod } from "./backup-database";
import { serverMajor, userTableCount } from "./catalog";
import { restoreCopyDump } from "./copy-restore";
import { pgRestore } from "./pg-dump";
import { findPgTool } from "./pg-tools";

async function methodOf(file: string): Promise<BackupMethod> {
  const handle = await open(file, "r").catch(() => {
    throw new UserFacingError(`There is no backup file at ${file}.`);
  });
  const { buffer, bytesRead } = await handle.read(Buffer.alloc(5), 0, 5, 0).finally(() => handle.close());
  const magic = buffer.subarray(0, bytesRead);
  if (magic.toString("latin1") === "PGDMP") return "pg_dump";
  if (magic[0] === 0x1f && magic[1] === 0x8b) return "copy";
  throw new UserFacingError(`${file} is not a backup made by npm run db:backup (nor a pg_dump custom-format archive).`);
}

/** Restores a backup into a database that has no tables yet, all or nothing. */
export async function restoreDatabase(url: string, file: string, emptyHint = "create an empty database and point DATABASE_URL at it") {
  const started = performance.now();
  const method = await methodOf(file);
  const { tables, major } = await withClient(url, async (client) => ({ tables: await userTableCount(client), major: await serverMajor(client) }));
  const { pathname } = new URL(url);
  if (tables > 0) throw new UserFacingError(`The database ${pathname.slice(1)} already has ${tables} tables, and a backup is restored only into an empty database: ${emptyHint}.`);
  if (method === "copy") {
    await restoreCopyDump(url, file);
  } else {
    const { file: tool, rejected } = await findPgTool("pg_restore", major);
    if (!tool) throw new UserFacingError(`Restoring a pg_dump archive into PostgreSQL ${major} needs pg_restore ${major} or newer (found: ${rejected.join(", ") || "none"}): install it, or set PG_BIN to its folder.`);
    await pgRestore(tool, url, file);
  }
  return { method, ms: performance.now() - started };
}
