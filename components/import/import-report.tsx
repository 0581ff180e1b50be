"use client";

import { isIomLayout } from "@/lib/csv/iom-layouts";
import { useFormatter, useTranslations } from "next-intl";
import { isolated } from "@/components/i18n/isolated";
import { type ImportReport, problemsCsv } from "@/lib/csv/import-report";
import { ProblemsTable } from "./problems-table";

function downloadProblems(report: ImportReport) {
  const url = URL.createObjectURL(new Blob([problemsCsv(report.problems)], { type: "text/csv;charset=utf-8" }));
  const link = Object.assign(document.createElement("a"), { href: url, download: `${report.fileName.replace(/\.csv$/i, "")}_problems.csv` });
  link.click();
  URL.revokeObjectURL(url);
}

/** A dry run's findings, or a commit's outcome. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const t = useTranslations("import");
  const format = useFormatter();
  const n = (value: number) => format.number(value);
  const isDone = report.committed;
  const newNames = format.list([...report.newVessels.map((name) => t("newVessel", { name })), ...report.newOrganizations.map((name) => t("newOrganization", { name }))]);
  return (
    <section className="card import-report" aria-labelledby="import-report-heading">
      <h2 id="import-report-heading">{isDone ? t("done") : report.refusal ? t("refused") : t("dryRun")}</h2>
      {report.refusal && <p className="alert">{report.refusal}</p>}
      <p className="muted">
        {t.rich("fileSummary", { file: report.fileName, layout: report.layout, seconds: Math.round(report.durationMs / 100) / 10, bdi: isolated })}
        {isIomLayout(report.layout) && <> {t("iomCredit")}</>}
      </p>
      <dl className="import-summary">
        <div><dt>{t("rowsRead")}</dt><dd>{n(report.rowsRead)}</dd></div>
        <div><dt>{isDone ? t("created") : t("wouldCreate")}</dt><dd>{n(report.create)}</dd></div>
        <div><dt>{isDone ? t("updated") : t("wouldUpdate")}</dt><dd>{n(report.update)}</dd></div>
        <div><dt>{t("unchanged")}</dt><dd>{n(report.unchanged)}</dd></div>
        <div><dt>{t("skipped")}</dt><dd>{n(report.skipped)}</dd></div>
        <div><dt>{t("warnings")}</dt><dd>{n(report.warnings)}</dd></div>
      </dl>
      {newNames && <p>{isDone ? t("newNamesCreated", { names: newNames }) : t("newNamesPlanned", { names: newNames })}</p>}
      {report.ignoredColumns.length > 0 && <p>{t("ignoredColumns", { columns: format.list(report.ignoredColumns) })}</p>}
      {report.notes.length > 0 && (
        <details>
          <summary>{t("notes", { count: report.notes.length })}</summary>
          <ul className="import-notes">
            {report.notes.map((note, i) => (
              <li key={i}>{note.to ? t("noteTo", { ...note }) : t("note", { ...note })}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="page-heading">
        <h3>{t("problems", { count: report.problemCount })}</h3>
        {report.problemCount > 0 && (
          <button type="button" className="button button-quiet" onClick={() => downloadProblems(report)}>{t("downloadProblems")}</button>
        )}
      </div>
      <ProblemsTable problems={report.problems} total={report.problemCount} />
    </section>
  );
}
