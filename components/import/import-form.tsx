"use client";

import { FormButton } from "@/components/forms/form-button";
import { useTypedBeforeHydration } from "@/components/forms/use-typed-before-hydration";
import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { type ReactNode, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { sheetNames } from "./sheet-names";
import { uploadImportFile } from "./upload";

type Phase = { name: "idle" } | { name: "sending"; progress: number } | { name: "error"; message: string };

const MAX_MB = 10;
const MAX_ROWS = 50_000;
const ACCEPT = ".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Choose a file and send it: a background job checks it (a dry run), and its page offers the column mapping a file
 * in none of our layouts needs, then the import (./import-job-panel.tsx).
 */
export function ImportForm({ canCreateNames }: { canCreateNames: boolean }) {
  const t = useTranslations("import");
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [sheets, setSheets] = useState<string[]>([]);
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [allOrNothing, setAllOrNothing] = useState(false);
  const [createUnknown, setCreateUnknown] = useState(false);
  const [phase, setPhase] = useState<Phase>({ name: "idle" });
  const isBusy = phase.name === "sending";
  const fileInput = useRef<HTMLInputElement>(null);
  // A file chosen or a box ticked before the scripts arrived is still shown: it must count too.
  const formId = useTypedBeforeHydration((typed) => {
    if (typed.has("file")) setFile(fileInput.current?.files?.[0] ?? null);
    if (typed.has("allOrNothing")) setAllOrNothing(typed.get("allOrNothing")!.length > 0);
    if (typed.has("createUnknown")) setCreateUnknown(typed.get("createUnknown")!.length > 0);
  });

  async function send() {
    if (!file) return;
    if (file.size > MAX_MB * 1024 * 1024) return setPhase({ name: "error", message: t("tooLarge", { mb: MAX_MB }) });
    setPhase({ name: "sending", progress: 0 });
    const failures = { failed: t("uploadFailed"), unreadable: t("unreadableAnswer"), status: (status: number) => t("serverAnswered", { status }) };
    const result = await uploadImportFile(file, { allOrNothing, createUnknown, sheet }, failures, (progress) => setPhase({ name: "sending", progress }));
    if (!result.ok) return setPhase({ name: "error", message: result.message });
    router.push(`/import/jobs/${result.data.id}`);
  }

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setSheets([]);
    setSheet(undefined);
    setPhase({ name: "idle" });
    // A workbook's sheets, to choose from; an answer for a file chosen before the last is dropped.
    if (chosen && chosen.size <= MAX_MB * 1024 * 1024) sheetNames(chosen).then((names) => fileInput.current?.files?.[0] === chosen && setSheets(names));
  };

  return (
    <form method="post"
      id={formId}
      className="card form-narrow"
      onSubmit={(event) => {
        event.preventDefault();
        send();
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
          <select id="import-sheet" name="sheet" value={sheet ?? sheets[0]} disabled={isBusy} aria-describedby="import-sheet-hint" onChange={(event) => setSheet(event.target.value)}>
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
          <input type="checkbox" name="createUnknown" checked={createUnknown} disabled={isBusy} onChange={(e) => setCreateUnknown(e.target.checked)} /> {t("createUnknown")}
        </label>
      )}
      <div className="actions">
        <FormButton className="button" type="submit" disabled={!file || isBusy}>{t("check")}</FormButton>
      </div>
      <p role="status" aria-live="polite">
        {phase.name === "sending" && (phase.progress < 1 ? t("uploading", { progress: phase.progress }) : t("checking"))}
      </p>
      {phase.name === "sending" && <progress max={1} value={phase.progress < 1 ? phase.progress : undefined} aria-label={t("progressLabel")} />}
      {phase.name === "error" && <p className="alert" role="alert">{phase.message}</p>}
    </form>
  );
}
