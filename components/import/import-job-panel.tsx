"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { isolated } from "@/components/i18n/isolated";
import { cancelImportAction, checkWithMappingAction, commitImportAction } from "@/lib/actions/imports";
import type { ActionResult } from "@/lib/actions/result";
import type { ImportJobView } from "@/lib/data/import/jobs/import-job-view";
import { durationParts } from "@/lib/timeline/durations";
import { ImportReportView } from "./import-report";
import { MappingStep } from "./mapping-step";
import { useMapping } from "./use-mapping";

const POLL_MS = 1000;
const isActive = (job: ImportJobView) => job.status === "QUEUED" || job.status === "RUNNING";
// What the page shows of a run it has just queued, until the first poll.
const AGAIN = { status: "QUEUED", report: null, rowsDone: 0, fraction: 0, rowsPerSecond: null, secondsLeft: null } as const;

/** Follows a job while the worker runs it (it goes on when this page is closed), then shows its report. */
export function ImportJobPanel({ initial }: { initial: ImportJobView }) {
  const t = useTranslations("importJob");
  const tImport = useTranslations("import");
  const tDurations = useTranslations("durations");
  const [job, setJob] = useState(initial);
  const [problem, setProblem] = useState<string>();
  const [isSending, setIsSending] = useState(false);
  const { offer, mapping, issues, problemsRef, setMapping, start } = useMapping();
  // A file in none of our layouts: its check ends with the column mapping to confirm (lib/import-mapping).
  const mappingOffer = job.status === "SUCCEEDED" && !job.isCommit ? job.report?.mappingOffer ?? null : null;
  // `start` is a new function at each render: the offer alone decides.
  useEffect(() => start(mappingOffer), [mappingOffer]); // eslint-disable-line react-hooks/exhaustive-deps

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

  async function send(action: () => Promise<ActionResult<void>>, then: Partial<ImportJobView>) {
    setIsSending(true);
    const result = await action().catch(() => ({ ok: false as const, message: t("offline") }));
    setIsSending(false);
    if (!result.ok) return setProblem(result.message);
    setProblem(undefined);
    setJob({ ...job, ...then });
  }

  const { report } = job;
  const checkWithMapping = () => (issues.length > 0 ? problemsRef.current?.focus() : send(() => checkWithMappingAction(job.id, mapping), AGAIN));
  const canImport = job.status === "SUCCEEDED" && !job.isCommit && report && !report.mappingOffer && !report.refusal && report.create + report.update > 0 && !(job.allOrNothing && report.skipped > 0);
  // In whole minutes, at least one, as the case page's durations are written.
  const timeLeft = (seconds: number) => tDurations("span", durationParts(Math.max(1, Math.ceil(seconds / 60)) * 60_000));

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
              {job.secondsLeft !== null && <> · {t("left", { time: timeLeft(job.secondsLeft) })}</>}
            </p>
            <p className="muted">{t("closeTab")}</p>
            <div className="actions">
              <button className="button secondary" type="button" disabled={isSending || job.isCancelling} onClick={() => send(() => cancelImportAction(job.id), { isCancelling: true })}>{t("cancel")}</button>
            </div>
          </>
        )}
        {job.error && <p className="alert" role="alert">{job.error}</p>}
        {problem && <p className="alert" role="alert">{problem}</p>}
        {offer && mapping && (
          <>
            <MappingStep offer={offer} mapping={mapping} issues={issues} disabled={isSending} problemsRef={problemsRef} onChange={setMapping} />
            <div className="actions">
              <button className="button" type="button" disabled={isSending} onClick={checkWithMapping}>{tImport("check")}</button>
            </div>
          </>
        )}
        {canImport && (
          <div className="actions">
            <button className="button" type="button" disabled={isSending} onClick={() => send(() => commitImportAction(job.id), { ...AGAIN, isCommit: true })}>
              {tImport("importRows", { count: report.create + report.update })}
            </button>
          </div>
        )}
      </section>
      {report && !report.mappingOffer && <ImportReportView report={report} />}
    </>
  );
}
