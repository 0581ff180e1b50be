"use client";

import { type ImportReport, problemsCsv } from "@/lib/csv/import-report";
import { ProblemsTable } from "./problems-table";

const n = (value: number) => value.toLocaleString("en");
const LAYOUTS = { ledger: "Rescue Ledger", iom: "IOM Missing Migrants", nationalities: "Nationalities (long format)", events: "Timeline events", track: "Track points" } as const;

function downloadProblems(report: ImportReport) {
  const url = URL.createObjectURL(new Blob([problemsCsv(report.problems)], { type: "text/csv;charset=utf-8" }));
  const link = Object.assign(document.createElement("a"), { href: url, download: `${report.fileName.replace(/\.csv$/i, "")}_problems.csv` });
  link.click();
  URL.revokeObjectURL(url);
}

/** A dry run's findings, or a commit's outcome. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const isDone = report.committed;
  return (
    <section className="card import-report" aria-labelledby="import-report-heading">
      <h2 id="import-report-heading">{isDone ? "Import done" : report.refusal ? "Nothing imported" : "Dry run: nothing written yet"}</h2>
      {report.refusal && <p className="alert">{report.refusal}</p>}
      <p className="muted">
        {report.fileName}: {LAYOUTS[report.layout]} layout, checked in {(report.durationMs / 1000).toFixed(1)} s.
        {report.layout === "iom" && " Data: IOM Missing Migrants Project (CC BY 4.0)."}
      </p>
      <dl className="import-summary">
        <div><dt>Rows read</dt><dd>{n(report.rowsRead)}</dd></div>
        <div><dt>{isDone ? "Created" : "Would create"}</dt><dd>{n(report.create)}</dd></div>
        <div><dt>{isDone ? "Updated" : "Would update"}</dt><dd>{n(report.update)}</dd></div>
        <div><dt>Unchanged</dt><dd>{n(report.unchanged)}</dd></div>
        <div><dt>Skipped (errors)</dt><dd>{n(report.skipped)}</dd></div>
        <div><dt>Warnings</dt><dd>{n(report.warnings)}</dd></div>
      </dl>
      {(report.newVessels.length > 0 || report.newOrganizations.length > 0) && (
        <p>{isDone ? "Created" : "Will create"}: {[...report.newVessels.map((v) => `vessel ${v}`), ...report.newOrganizations.map((o) => `organization ${o}`)].join(", ")}.</p>
      )}
      {report.ignoredColumns.length > 0 && <p>Columns ignored (not part of the layout): {report.ignoredColumns.join(", ")}.</p>}
      {report.notes.length > 0 && (
        <details>
          <summary>Values read in the ledger&apos;s vocabulary ({report.notes.length})</summary>
          <ul className="import-notes">
            {report.notes.map((note, i) => (
              <li key={i}>
                {note.column}: {note.from}{note.to && ` → ${note.to}`} ({n(note.rows)} rows)
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="page-heading">
        <h3>Problems ({n(report.problemCount)})</h3>
        {report.problemCount > 0 && (
          <button type="button" className="button button-quiet" onClick={() => downloadProblems(report)}>Download problems (CSV)</button>
        )}
      </div>
      <ProblemsTable problems={report.problems} total={report.problemCount} />
    </section>
  );
}
