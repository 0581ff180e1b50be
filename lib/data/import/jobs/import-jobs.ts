import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { messageKey } from "@/lib/i18n/message-key";
import { storable } from "@/lib/schemas/storable-text";
import { deleteImportFile, saveImportFile } from "./import-files";

export const IMPORT_TASK = "import_file";

/**
 * What a run does; a dry run is `commit: false`. `sheet`: a workbook's sheet; `mapping`: the column mapping of a
 * file in none of our layouts, as sent (the run checks it with the mapping's schema, against the file).
 */
export const importRunSchema = z.object({
  commit: z.boolean(), allOrNothing: z.boolean(), createUnknown: z.boolean(), sheet: z.string().max(200).optional(), mapping: z.unknown().optional(),
}).strict();
export type ImportRunOptions = z.infer<typeof importRunSchema>;

function requireImporter(user: SessionUser) {
  if (!can(user, "incident:import")) throw new AppError("forbidden", messageKey("validation.import.notAllowed"));
}

// Added in the transaction that queues the run, so the worker never sees a run that did not commit. One job per
// upload at a time (its key); a failed attempt (the worker stopped, the database went away) is retried twice.
async function queueRun(tx: Prisma.TransactionClient, jobId: string) {
  await tx.$executeRaw`SELECT graphile_worker.add_job(${IMPORT_TASK}, json_build_object('id', ${jobId}::text), max_attempts => 3, job_key => ${jobId})`;
}

/** An import job of the user's organization, for a user who may import; anything else is one that does not exist. */
export async function findImportJob(user: SessionUser, id: string) {
  requireImporter(user);
  if (!z.uuid().safeParse(id).success) throw new AppError("not-found");
  const job = await db.importJob.findFirst({ where: { id, organizationId: user.organizationId } });
  if (!job) throw new AppError("not-found");
  return job;
}

/**
 * Saves an uploaded file (streamed to disk) and queues its dry run (or, with `commit`, its import) for the
 * background worker. Returns the job's id, which the page follows; null when the file is over the limit (nothing kept).
 */
export async function startImport(user: SessionUser, body: ReadableStream<Uint8Array>, fileName: string, rawOptions: unknown) {
  requireImporter(user);
  const options = importRunSchema.parse(rawOptions);
  const id = randomUUID();
  const saved = await saveImportFile(id, body);
  if (!saved) return null;
  try {
    await db.$transaction(async (tx) => {
      await tx.importJob.create({
        data: { id, organizationId: user.organizationId, createdById: user.id, fileName: storable(fileName), ...saved, sizeBytes: BigInt(saved.sizeBytes), options: options as Prisma.InputJsonObject },
      });
      await queueRun(tx, id);
    });
  } catch (error) {
    await deleteImportFile(id);
    throw error;
  }
  return { id };
}

// Queues another run of a file whose dry run finished and was not imported yet.
async function queueAgain(user: SessionUser, id: string, options: (current: ImportRunOptions) => ImportRunOptions) {
  const job = await findImportJob(user, id);
  await db.$transaction(async (tx) => {
    const queued = await tx.importJob.updateMany({
      where: { id: job.id, status: "SUCCEEDED", fileDeletedAt: null, options: { path: ["commit"], equals: false } },
      data: { status: "QUEUED", options: options(importRunSchema.parse(job.options)) as Prisma.InputJsonObject, report: Prisma.DbNull, error: null, rowsDone: 0, bytesDone: 0, startedAt: null, finishedAt: null, createdById: user.id },
    });
    if (queued.count === 0) throw new AppError("conflict", messageKey("validation.import.notTheCheckedFile"));
    await queueRun(tx, job.id);
  });
}

/** Queues the import of a file whose dry run finished, with the dry run's options: what its report showed is what is imported. */
export async function commitImport(user: SessionUser, id: string) {
  await queueAgain(user, id, (current) => ({ ...current, commit: true }));
}

/** Queues the dry run again with the column mapping the user confirmed for a file in none of our layouts. */
export async function checkWithMapping(user: SessionUser, id: string, mapping: unknown) {
  await queueAgain(user, id, (current) => ({ ...current, mapping }));
}

/** The organization's imports of the last week, newest first, for the import page to list (a closed tab finds its run there). */
export async function recentImportJobs(user: SessionUser) {
  requireImporter(user);
  return db.importJob.findMany({
    where: { organizationId: user.organizationId, createdAt: { gt: new Date(Date.now() - 7 * 24 * 60 * 60 * 1000) } },
    orderBy: { createdAt: "desc" }, take: 10,
    select: { id: true, fileName: true, status: true, createdAt: true, options: true, createdBy: { select: { name: true } } },
  });
}

/**
 * Cancels a run: a queued one at once (with its file), a running one at its next batch — the worker rolls back
 * what an all-or-nothing import wrote. A finished run cannot be cancelled (its report says what it did).
 */
export async function cancelImport(user: SessionUser, id: string) {
  const job = await findImportJob(user, id);
  const cancelled = await db.$transaction(async (tx) => {
    const queued = await tx.importJob.updateMany({ where: { id: job.id, status: "QUEUED" }, data: { status: "CANCELLED", finishedAt: new Date(), fileDeletedAt: new Date() } });
    if (queued.count > 0) {
      await tx.$executeRaw`SELECT graphile_worker.remove_job(${job.id})`;
      return true;
    }
    await tx.importJob.updateMany({ where: { id: job.id, status: "RUNNING" }, data: { cancelRequested: true } });
    return false;
  });
  if (cancelled) await deleteImportFile(job.id);
}
