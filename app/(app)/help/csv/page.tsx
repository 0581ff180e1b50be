import { useTranslations } from "next-intl";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FullExportForm } from "@/components/incidents/full-export-form";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { EVACUATION_COLUMNS, INJURY_COLUMNS, IOM_2021_COLUMNS, IOM_COLUMNS, IOM_CREDIT, LEDGER_COLUMNS, NATIONALITY_COLUMNS, REVISION_COLUMNS, type ColumnDoc } from "@/lib/csv/columns";
import { EVENT_COLUMNS, TRACK_COLUMNS } from "@/lib/csv/columns";
import { getSharingSettings } from "@/lib/data/privacy-settings";
import type { SharingSettings } from "@/lib/privacy/defaults";
import { filtersToSearchParams, parseIncidentFilters } from "@/lib/schemas/incident-filters";
import { TableScroll } from "@/components/ui/table-scroll";

export async function generateMetadata() {
  const t = await getTranslations("csvHelp");
  return { title: t("title") };
}

const code = (chunks: ReactNode) => <code>{chunks}</code>;

// hasCodes: the file has coded value cells, which labels=translated writes in the reader's words (not the IOM layout's own words).
function useFiles() {
  const t = useTranslations("csvHelp");
  return [
    { id: "ledger", title: t("ledger"), query: "", columns: LEDGER_COLUMNS, hasCodes: true },
    { id: "iom", title: t("iom"), query: "layout=iom", columns: IOM_COLUMNS, hasCodes: false },
    { id: "iom2021", title: t("iom2021"), query: "layout=iom2021", columns: IOM_2021_COLUMNS, hasCodes: false },
    { id: "injuries", title: t("injuries"), query: "table=injuries", columns: INJURY_COLUMNS, hasCodes: true },
    { id: "evacuations", title: t("evacuations"), query: "table=evacuations", columns: EVACUATION_COLUMNS, hasCodes: true },
    { id: "nationalities", title: t("nationalities"), query: "table=nationalities", columns: NATIONALITY_COLUMNS, hasCodes: false },
    { id: "revisions", title: t("revisions"), query: "table=revisions", columns: REVISION_COLUMNS, hasCodes: false },
    { id: "events", title: t("events"), query: "table=events", columns: EVENT_COLUMNS, hasCodes: true },
    { id: "track", title: t("track"), query: "table=track", columns: TRACK_COLUMNS, hasCodes: false },
  ];
}

function Columns({ title, columns }: { title: string; columns: readonly ColumnDoc[] }) {
  const t = useTranslations("csvHelp");
  return (
    <TableScroll label={t("columnsOf", { file: title })}>
      <table>
        <thead><tr><th scope="col">{t("column")}</th><th scope="col">{t("meaning")}</th></tr></thead>
        <tbody>
          {columns.map((c) => (
            <tr key={c.name}><th scope="row"><code>{c.name}</code></th><td className="wrap" lang="en">{c.description}</td></tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** What a shareable file leaves out and reduces, with the settings it applies (lib/data/privacy-settings.ts). */
function PrivacyNotes({ sharing }: { sharing: SharingSettings }) {
  const t = useTranslations("csvHelp");
  const { suppressionThreshold: threshold, positionRoundingDegrees: degrees } = sharing;
  return (
    <section aria-labelledby="csv-privacy">
      <h2 id="csv-privacy">{t("privacyTitle")}</h2>
      <p>{t("privacy", { degrees, miles: Number((degrees * 60).toPrecision(12)), below: threshold - 1, threshold })}</p>
      <p>{t("consistency", { threshold })}</p>
    </section>
  );
}

/** What every column of every CSV file holds, with downloads for the filters the user came with. */
export default async function CsvHelpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requireUser();
  const filters = filtersToSearchParams({ ...parseIncidentFilters(await searchParams), page: 1 }).toString();
  const help = <CsvHelp filters={filters} sharing={await getSharingSettings(user)} canExport={can(user, "incident:export")} canExportFull={can(user, "incident:export-full")} />;
  return can(user, "incident:export-full") ? <ClientMessages namespaces={["exportForm"]}>{help}</ClientMessages> : help;
}

function CsvHelp({ filters, sharing, canExport, canExportFull }: { filters: string; sharing: SharingSettings; canExport: boolean; canExportFull: boolean }) {
  const t = useTranslations("csvHelp");
  const href = (...query: string[]) => `/api/incidents/export?${[filters, ...query].filter(Boolean).join("&")}`;
  return (
    <article className="csv-help">
      <h1>{t("title")}</h1>
      <p>{t.rich("format", { code })}</p>
      <p>{t("scope", { credit: IOM_CREDIT })}</p>
      <p>{t("labels")}</p>
      <PrivacyNotes sharing={sharing} />
      {useFiles().map((file) => (
        <section key={file.id} aria-labelledby={`csv-${file.id}`}>
          <div className="page-heading">
            <h2 id={`csv-${file.id}`}>{file.title}</h2>
            {canExport && (
              <p className="actions">
                <a className="button button-quiet" href={href(file.query)} download>{t("download")}</a>
                <a className="button button-quiet" href={href(file.query, "format=xlsx")} download>{t("downloadExcel")}</a>
                {file.hasCodes && <a className="button button-quiet" href={href(file.query, "labels=translated")} download>{t("downloadTranslated")}</a>}
              </p>
            )}
          </div>
          {canExportFull && <FullExportForm href={href(file.query)} />}
          <Columns title={file.title} columns={file.columns} />
        </section>
      ))}
      <p className="muted">{t.rich("docs", { code })}</p>
    </article>
  );
}
