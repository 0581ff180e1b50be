"use client";

import { FormButton } from "@/components/forms/form-button";
import { useTypedBeforeHydration } from "@/components/forms/use-typed-before-hydration";
import { Link } from "@/components/ui/link";
import { useRef, useState } from "react";
import type { ImportReport } from "@/lib/csv/import-report";
import { ImportReportView } from "./import-report";
import { uploadCsv } from "./upload";

type Phase = { name: "idle" } | { name: "sending"; commit: boolean; progress: number } | { name: "error"; message: string };

const MAX_MB = 10;

/** Choose a file, check it (dry run), then confirm: the same file is sent again and checked again before anything is written. */
export function ImportForm({ canCreateNames }: { canCreateNames: boolean }) {
  const [file, setFile] = useState<File | null>(null);
  const [allOrNothing, setAllOrNothing] = useState(false);
  const [createUnknown, setCreateUnknown] = useState(false);
  const [phase, setPhase] = useState<Phase>({ name: "idle" });
  const [report, setReport] = useState<ImportReport | null>(null);
  const isBusy = phase.name === "sending";
  const fileInput = useRef<HTMLInputElement>(null);
  // A file chosen or a box ticked before the scripts arrived is still shown: it must count too.
  const formId = useTypedBeforeHydration((typed) => {
    if (typed.has("file")) setFile(fileInput.current?.files?.[0] ?? null);
    if (typed.has("allOrNothing")) setAllOrNothing(typed.get("allOrNothing")!.length > 0);
    if (typed.has("createUnknown")) setCreateUnknown(typed.get("createUnknown")!.length > 0);
  });

  async function send(commit: boolean) {
    if (!file) return;
    if (file.size > MAX_MB * 1024 * 1024) return setPhase({ name: "error", message: `The file is larger than ${MAX_MB} MB: split it into smaller files (each with the header row).` });
    setPhase({ name: "sending", commit, progress: 0 });
    const result = await uploadCsv(file, { commit, allOrNothing, createUnknown, hash: commit ? report?.fileHash : undefined }, (progress) => setPhase({ name: "sending", commit, progress }));
    if (!result.ok) return setPhase({ name: "error", message: result.message });
    setReport(result.data);
    setPhase({ name: "idle" });
  }

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setReport(null);
    setPhase({ name: "idle" });
  };
  const canConfirm = report && !report.committed && !report.refusal && report.create + report.update > 0 && !(allOrNothing && report.skipped > 0);

  return (
    <>
      <form method="post"
        id={formId}
        className="card form-narrow"
        onSubmit={(event) => {
          event.preventDefault();
          send(false);
        }}
      >
        <div className="field">
          <label htmlFor="import-file">CSV file</label>
          <input ref={fileInput} id="import-file" name="file" type="file" accept=".csv,text/csv" required disabled={isBusy} onChange={(event) => choose(event.target.files?.[0] ?? null)} />
          <p className="field-hint">Rescue Ledger or IOM Missing Migrants layout, UTF-8, at most {MAX_MB} MB and 50,000 rows. <Link href="/help/csv">What the columns mean</Link></p>
        </div>
        <label className="checkbox">
          <input type="checkbox" name="allOrNothing" checked={allOrNothing} disabled={isBusy} onChange={(event) => setAllOrNothing(event.target.checked)} /> All or nothing: import nothing if any row has an error
        </label>
        {canCreateNames && (
          <label className="checkbox">
            <input type="checkbox" name="createUnknown" checked={createUnknown} disabled={isBusy} onChange={(e) => {
              setCreateUnknown(e.target.checked);
              setReport(null);
            }} /> Create unknown vessels and organizations
          </label>
        )}
        <div className="actions">
          <FormButton className="button" type="submit" disabled={!file || isBusy}>Check file (dry run)</FormButton>
          {canConfirm && (
            <button className="button" type="button" disabled={isBusy} onClick={() => send(true)}>
              Import {(report.create + report.update).toLocaleString("en")} rows
            </button>
          )}
        </div>
        <p role="status" aria-live="polite">
          {phase.name === "sending" && (phase.progress < 1 ? `Uploading… ${Math.round(phase.progress * 100)}%` : phase.commit ? "Importing… (nothing is kept unless everything is written)" : "Checking every row…")}
        </p>
        {phase.name === "sending" && <progress max={1} value={phase.progress < 1 ? phase.progress : undefined} aria-label="Upload progress" />}
        {phase.name === "error" && <p className="alert" role="alert">{phase.message}</p>}
      </form>
      {report && <ImportReportView report={report} />}
    </>
  );
}
