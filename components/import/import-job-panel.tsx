"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { isolated } from "@/components/i18n/isolated";
import { cancelImportAction, commitImportAction } from "@/lib/actions/imports";
import type { ActionResult } from "@/lib/actions/result";
import type { ImportJobView } from "@/lib/data/import/jobs/import-job-view";
import { ImportReportView } from "./import-report";

const POLL_MS = 1000;
const isActive = (job: ImportJobView) => job.status === "QUEUED" || job.status === "RUNNING";

/** Follows a job while the worker runs it (it goes on when this page is closed), then shows its report. */
export function ImportJobPanel({ initial }: { initial: ImportJobView }) {
  const t = useTranslations("importJob");
  const tImport = useTranslations("import");
  const format = useFormatter();
  const [job, setJob] = useState(initial);
  const [problem, setProblem] = useState<string>();
  const [isSending, setIsSending] = useState(false);

  useEffect(() => {
    if (!isActive(job)) return;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/import/jobs/${job.id}/status`, { cache: "no-store" });
        const result = (await response.json()) as ActionResult<ImportJobView>;
        if (result.ok) setJob(result.data);
        setProblem(result.ok ? undefined : result.message);
      } catch {
        setProblem(t("offline"));
        setJob({ ...job }); // polls again
      }
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job, t]);

  async function send(action: (id: string) => Promise<ActionResult<void>>, then: Partial<ImportJobView>) {
    setIsSending(true);
    const result = await action(job.id).catch(() => ({ ok: false as const, message: t("offline") }));
    setIsSending(false);
    if (!result.ok) return setProblem(result.message);
    setProblem(undefined);
    setJob({ ...job, ...then });
  }

  const { report } = job;
  const canImport = job.status === "SUCCEEDED" && !job.isCommit && report && !report.refusal && report.create + report.update > 0 && !(job.allOrNothing && report.skipped > 0);
  const seconds = (value: number) => (value >= 90
    ? format.number(Math.round(value / 60), { style: "unit", unit: "minute", unitDisplay: "long" })
    : format.number(Math.max(1, Math.round(value)), { style: "unit", unit: "second", unitDisplay: "long" }));

  return (
    <>
      <section className="card form-narrow" aria-labelledby="import-job-heading">
        <h2 id="import-job-heading">{t.rich("file", { file: job.fileName, bdi: isolated })}</h2>
        <p role="status" aria-live="polite">{t("status", { status: job.isCancelling ? "CANCELLING" : job.status, commit: job.isCommit ? "yes" : "no" })}</p>
        {isActive(job) && (
          <>
            <progress max={1} value={job.status === "RUNNING" ? job.fraction : undefined} aria-label={t("progressLabel")} />
            <p className="muted">
              {t("rows", { rows: job.rowsDone })}
              {job.rowsPerSecond !== null && <> · {t("speed", { rate: Math.round(job.rowsPerSecond) })}</>}
              {job.secondsLeft !== null && <> · {t("left", { time: seconds(job.secondsLeft) })}</>}
            </p>
            <p className="muted">{t("closeTab")}</p>
            <div className="actions">
              <button className="button secondary" type="button" disabled={isSending || job.isCancelling} onClick={() => send(cancelImportAction, { isCancelling: true })}>{t("cancel")}</button>
            </div>
          </>
        )}
        {job.error && <p className="alert" role="alert">{job.error}</p>}
        {problem && <p className="alert" role="alert">{problem}</p>}
        {canImport && (
          <div className="actions">
            <button className="button" type="button" disabled={isSending} onClick={() => send(commitImportAction, { status: "QUEUED", isCommit: true, report: null, rowsDone: 0, fraction: 0 })}>
              {tImport("importRows", { count: report.create + report.update })}
            </button>
          </div>
        )}
      </section>
      {report && <ImportReportView report={report} />}
    </>
  );
}
