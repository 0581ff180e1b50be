import "server-only";
import type { ImportJobStatus } from "@/generated/prisma/enums";
import type { ImportReport } from "@/lib/csv/import-report";
import type { SessionUser } from "@/lib/data/users";
import { translateMessage } from "@/lib/i18n/translate";
import { inReadersLanguage } from "../in-readers-language";
import { findImportJob, importRunSchema } from "./import-jobs";

/** What the import page shows of a job while it runs and after: progress, speed, time left, then the report. */
export type ImportJobView = {
  id: string;
  fileName: string;
  sizeBytes: number;
  status: ImportJobStatus;
  isCommit: boolean;
  /** A dry run's "all or nothing": its import writes nothing if a row has an error. */
  allOrNothing: boolean;
  isCancelling: boolean;
  rowsDone: number;
  /** Bytes read of the file, 0 to 1: the rows ahead are not counted before they are read. */
  fraction: number;
  rowsPerSecond: number | null;
  secondsLeft: number | null;
  report: ImportReport | null;
  error: string | null;
};

export async function importJobView(user: SessionUser, id: string, now = Date.now()): Promise<ImportJobView> {
  const job = await findImportJob(user, id);
  const options = importRunSchema.parse(job.options);
  const sizeBytes = Number(job.sizeBytes);
  const fraction = job.status === "SUCCEEDED" ? 1 : sizeBytes > 0 ? Math.min(1, Number(job.bytesDone) / sizeBytes) : 0;
  const seconds = job.startedAt && job.status === "RUNNING" ? (now - job.startedAt.getTime()) / 1000 : 0;
  return {
    id: job.id, fileName: job.fileName, sizeBytes, status: job.status,
    isCommit: options.commit, allOrNothing: options.allOrNothing,
    isCancelling: job.cancelRequested && job.status === "RUNNING",
    rowsDone: job.rowsDone, fraction,
    rowsPerSecond: seconds > 0 && job.rowsDone > 0 ? job.rowsDone / seconds : null,
    secondsLeft: seconds > 0 && fraction > 0 && fraction < 1 ? (seconds * (1 - fraction)) / fraction : null,
    report: job.report ? await inReadersLanguage(job.report as ImportReport) : null,
    error: job.error ? await translateMessage(job.error) : null,
  };
}
