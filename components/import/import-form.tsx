"use client";

import { FormButton } from "@/components/forms/form-button";
import { useTypedBeforeHydration } from "@/components/forms/use-typed-before-hydration";
import { Link } from "@/components/ui/link";
import { type ReactNode, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { ImportReport } from "@/lib/csv/import-report";
import { ImportReportView } from "./import-report";
import { MappingStep } from "./mapping-step";
import { sheetNames } from "./sheet-names";
import { uploadCsv } from "./upload";
import { useMapping } from "./use-mapping";

type Phase = { name: "idle" } | { name: "sending"; commit: boolean; progress: number } | { name: "error"; message: string };

const MAX_MB = 10;
const MAX_ROWS = 50_000;
const ACCEPT = ".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Choose a file, check it (dry run), then confirm: the same file is sent again and checked again before anything is written. */
export function ImportForm({ canCreateNames }: { canCreateNames: boolean }) {
  const t = useTranslations("import");
  const [file, setFile] = useState<File | null>(null);
  const [sheets, setSheets] = useState<string[]>([]);
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [allOrNothing, setAllOrNothing] = useState(false);
  const [createUnknown, setCreateUnknown] = useState(false);
  const [phase, setPhase] = useState<Phase>({ name: "idle" });
  const [report, setReport] = useState<ImportReport | null>(null);
  const isBusy = phase.name === "sending";
  const { offer, mapping, issues, problemsRef, setMapping, start } = useMapping();
  const fileInput = useRef<HTMLInputElement>(null);
  // A file chosen or a box ticked before the scripts arrived is still shown: it must count too.
  const formId = useTypedBeforeHydration((typed) => {
    if (typed.has("file")) setFile(fileInput.current?.files?.[0] ?? null);
    if (typed.has("allOrNothing")) setAllOrNothing(typed.get("allOrNothing")!.length > 0);
    if (typed.has("createUnknown")) setCreateUnknown(typed.get("createUnknown")!.length > 0);
  });

  async function send(commit: boolean) {
    if (!file) return;
    if (file.size > MAX_MB * 1024 * 1024) return setPhase({ name: "error", message: t("tooLarge", { mb: MAX_MB }) });
    if (issues.length > 0) return problemsRef.current?.focus();
    setPhase({ name: "sending", commit, progress: 0 });
    const failures = { failed: t("uploadFailed"), unreadable: t("unreadableAnswer"), status: (status: number) => t("serverAnswered", { status }) };
    const result = await uploadCsv(file, { commit, allOrNothing, createUnknown, sheet, hash: commit ? report?.fileHash : undefined, mapping }, failures, (progress) => setPhase({ name: "sending", commit, progress }));
    if (!result.ok) return setPhase({ name: "error", message: result.message });
    setPhase({ name: "idle" });
    if (result.data.mappingOffer) return start(result.data.mappingOffer);
    setReport(result.data);
  }

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setSheets([]);
    setSheet(undefined);
    setReport(null);
    start(null);
    setPhase({ name: "idle" });
    // A workbook's sheets, to choose from; an answer for a file chosen before the last is dropped.
    if (chosen && chosen.size <= MAX_MB * 1024 * 1024) sheetNames(chosen).then((names) => fileInput.current?.files?.[0] === chosen && setSheets(names));
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
          <label htmlFor="import-file">{t("file")}</label>
          <input ref={fileInput} id="import-file" name="file" type="file" accept={ACCEPT} required disabled={isBusy} onChange={(event) => choose(event.target.files?.[0] ?? null)} />
          <p className="field-hint">{t.rich("fileHint", { mb: MAX_MB, rows: MAX_ROWS, link: (chunks: ReactNode) => <Link href="/help/csv">{chunks}</Link> })}</p>
        </div>
        {sheets.length > 1 && (
          <div className="field">
            <label htmlFor="import-sheet">{t("sheet")}</label>
            <select id="import-sheet" name="sheet" value={sheet ?? sheets[0]} disabled={isBusy} aria-describedby="import-sheet-hint" onChange={(event) => {
              setSheet(event.target.value);
              setReport(null);
            }}>
              {sheets.map((name) => <option key={name} value={name}>{name}</option>)}
            </select>
            <p id="import-sheet-hint" className="field-hint">{t("sheetHint", { count: sheets.length })}</p>
          </div>
        )}
        <label className="checkbox">
          <input type="checkbox" name="allOrNothing" checked={allOrNothing} disabled={isBusy} onChange={(event) => setAllOrNothing(event.target.checked)} /> {t("allOrNothing")}
        </label>
        {canCreateNames && (
          <label className="checkbox">
            <input type="checkbox" name="createUnknown" checked={createUnknown} disabled={isBusy} onChange={(e) => {
              setCreateUnknown(e.target.checked);
              setReport(null);
            }} /> {t("createUnknown")}
          </label>
        )}
        {offer && mapping && (
          <MappingStep offer={offer} mapping={mapping} issues={issues} disabled={isBusy} problemsRef={problemsRef} onChange={(next) => {
            setMapping(next);
            setReport(null);
          }} />
        )}
        <div className="actions">
          <FormButton className="button" type="submit" disabled={!file || isBusy}>{t("check")}</FormButton>
          {canConfirm && (
            <button className="button" type="button" disabled={isBusy} onClick={() => send(true)}>
              {t("importRows", { count: report.create + report.update })}
            </button>
          )}
        </div>
        <p role="status" aria-live="polite">
          {phase.name === "sending" && (phase.progress < 1 ? t("uploading", { progress: phase.progress }) : phase.commit ? t("importing") : t("checking"))}
        </p>
        {phase.name === "sending" && <progress max={1} value={phase.progress < 1 ? phase.progress : undefined} aria-label={t("progressLabel")} />}
        {phase.name === "error" && <p className="alert" role="alert">{phase.message}</p>}
      </form>
      {report && <ImportReportView report={report} />}
    </>
  );
}
