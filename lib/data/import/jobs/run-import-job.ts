import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/app-error";
import type { ImportReport } from "@/lib/csv/import-report";
import { getSessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { messageKey } from "@/lib/i18n/message-key";
import { type ImportProgress, runImport } from "../run-import";
import { deleteImportFile, IMPORT_FILE_LIMIT, readImportFile } from "./import-files";
import { importRunSchema } from "./import-jobs";

class Cancelled extends Error {}
class Interrupted extends Error {}

// How often a run writes its progress (and reads whether it was cancelled): often enough for a progress bar.
const PROGRESS_EVERY_MS = 500;

function progressOf(id: string, signal: AbortSignal): ImportProgress {
  let lastWrite = 0;
  return async (rowsDone, bytesDone, isLast) => {
    if (signal.aborted) throw new Interrupted();
    if (!isLast && performance.now() - lastWrite < PROGRESS_EVERY_MS) return;
    lastWrite = performance.now();
    const { cancelRequested } = await db.importJob.update({ where: { id }, data: { rowsDone, bytesDone }, select: { cancelRequested: true } });
    if (cancelRequested) throw new Cancelled();
  };
}

// The run acts as the user who asked for it, with that user's rights as they are now: deactivated or no longer
// allowed to import, the run fails.
async function currentUser(id: string) {
  const found = await db.user.findFirst({ where: { id, isActive: true }, select: { tokenVersion: true } });
  return found && (await getSessionUser(id, found.tokenVersion));
}

async function readAll(id: string) {
  const chunks: Buffer[] = [];
  for await (const chunk of readImportFile(id)) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

type Finish = { status: "SUCCEEDED" | "FAILED" | "CANCELLED"; report?: ImportReport; error?: string; deleteFile?: boolean };

async function finish(id: string, { status, report, error, deleteFile }: Finish) {
  await db.importJob.update({ where: { id }, data: { status, report: report as Prisma.InputJsonObject | undefined, error, finishedAt: new Date(), ...(deleteFile && { fileDeletedAt: new Date() }) } });
  if (deleteFile) await deleteImportFile(id);
}

/**
 * The worker's side of an import job: runs the queued dry run or import of the saved file and records its
 * report. A cancel ends it (an import's transaction rolls back); a shutdown puts it back in the queue, where
 * graphile-worker's retry picks it up; an unexpected error fails the attempt, and the last attempt the run.
 */
export async function runImportJob(id: string, { signal, isLastAttempt }: { signal: AbortSignal; isLastAttempt: boolean }) {
  const claimed = await db.importJob.updateMany({
    where: { id, status: { in: ["QUEUED", "RUNNING"] }, fileDeletedAt: null },
    data: { status: "RUNNING", startedAt: new Date(), rowsDone: 0, bytesDone: 0 },
  });
  if (claimed.count === 0) return;
  const job = await db.importJob.findUniqueOrThrow({ where: { id } });
  const options = importRunSchema.parse(job.options);
  try {
    // Cancelled while the worker was away (a restart): nothing to resume.
    if (job.cancelRequested) throw new Cancelled();
    const user = await currentUser(job.createdById);
    if (!user) throw new AppError("forbidden", messageKey("validation.import.notAllowed"));
    if (job.sizeBytes > IMPORT_FILE_LIMIT) throw new AppError("invalid", messageKey("validation.import.tooLarge", { mb: IMPORT_FILE_LIMIT / 1024 / 1024 }));
    const report = await runImport(user, await readAll(id), { fileName: job.fileName, ...options, expectedHash: job.fileHash }, progressOf(id, signal));
    await finish(id, { status: "SUCCEEDED", report, deleteFile: options.commit });
  } catch (error) {
    if (error instanceof Cancelled) return finish(id, { status: "CANCELLED", deleteFile: true });
    if (error instanceof AppError) return finish(id, { status: "FAILED", error: error.message });
    if (error instanceof Interrupted || !isLastAttempt) await db.importJob.update({ where: { id }, data: { status: "QUEUED" } });
    else await finish(id, { status: "FAILED", error: messageKey("errors.unexpected") });
    throw error;
  }
}
