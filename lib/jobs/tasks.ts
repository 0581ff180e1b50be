import "server-only";
import type { TaskList } from "graphile-worker";
import { IMPORT_TASK } from "@/lib/data/import/jobs/import-jobs";
import { purgeImportFiles } from "@/lib/data/import/jobs/purge-import-files";
import { runImportJob } from "@/lib/data/import/jobs/run-import-job";
import { purgeDeletedIncidents } from "@/lib/data/retention/purge-incidents";

export const PURGE_TASK = "purge_deleted_cases";
export const IMPORT_FILES_TASK = "purge_import_files";

/**
 * Every hour (and at start-up when the last hour's run was missed), one at a time (one queue): a job key keeps
 * at most one waiting, and a failed run retries with graphile-worker's backoff, at most 5 attempts, before the
 * next hour's run tries again.
 */
export const CRONTAB = [
  `0 * * * * ${PURGE_TASK} ?fill=1h&max=5&queue=retention&jobKey=${PURGE_TASK}`,
  // Uploaded import files not imported within a day (lib/data/import/jobs/purge-import-files.ts).
  `30 * * * * ${IMPORT_FILES_TASK} ?fill=1h&max=5&queue=retention&jobKey=${IMPORT_FILES_TASK}`,
].join("\n");

/** The jobs and what runs them; `clock` is the time the purge goes by (tests move it). */
export function taskList(clock: () => Date = () => new Date()): TaskList {
  return {
    [PURGE_TASK]: async (_payload, { logger }) => {
      const { purged, failed } = await purgeDeletedIncidents(clock());
      if (purged.length > 0) logger.info(`Purged ${purged.length} deleted case(s) past their restore period: ${purged.join(", ")}`);
      if (failed.length > 0) {
        for (const { id, error } of failed) logger.error(`Could not purge case ${id}: ${error instanceof Error ? error.message : String(error)}`);
        // Failing the job makes graphile-worker retry it; the cases purged meanwhile stay purged.
        throw new Error(`${failed.length} deleted case(s) could not be purged; the job will retry`);
      }
    },
    [IMPORT_FILES_TASK]: async (_payload, { logger }) => {
      const { deleted } = await purgeImportFiles(clock());
      if (deleted > 0) logger.info(`Deleted ${deleted} import file(s) left unimported for a day`);
    },
    [IMPORT_TASK]: async (payload, { abortSignal, job }) => {
      const { id } = payload as { id: string };
      await runImportJob(id, { signal: abortSignal, isLastAttempt: job.attempts >= job.max_attempts });
    },
  };
}
