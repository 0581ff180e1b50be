import "server-only";
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { deleteImportFile, importDir } from "./import-files";

/** How long an uploaded file waits for its import after its dry run: the files hold what the cases hold. */
export const IMPORT_FILE_HOURS = 24;

/**
 * Deletes the files of runs that ended more than a day ago and were not imported, and any file in the import
 * directory without a job (an upload cut off mid-way, a job deleted with its organization). Returns how many.
 */
export async function purgeImportFiles(now: Date) {
  const before = new Date(now.getTime() - IMPORT_FILE_HOURS * 60 * 60 * 1000);
  const stale = await db.importJob.findMany({
    where: { fileDeletedAt: null, status: { in: ["SUCCEEDED", "FAILED", "CANCELLED"] }, finishedAt: { lt: before } },
    select: { id: true },
  });
  for (const { id } of stale) {
    await deleteImportFile(id);
    await db.importJob.update({ where: { id }, data: { fileDeletedAt: now } });
  }
  const names = await readdir(importDir()).catch(() => [] as string[]);
  const ids = names.map((name) => name.replace(/\.part$/, ""));
  const known = new Set((await db.importJob.findMany({ where: { id: { in: ids.filter((id) => /^[0-9a-f-]{36}$/.test(id)) }, fileDeletedAt: null }, select: { id: true } })).map((job) => job.id));
  let orphans = 0;
  for (const name of names) {
    const file = path.join(importDir(), name);
    if (known.has(name) || (await stat(file)).mtime > before) continue;
    await rm(file, { force: true });
    orphans++;
  }
  return { deleted: stale.length + orphans };
}
