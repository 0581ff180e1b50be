import type { Metadata } from "next";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { EVACUATION_COLUMNS, INJURY_COLUMNS, IOM_COLUMNS, IOM_CREDIT, LEDGER_COLUMNS, NATIONALITY_COLUMNS, REVISION_COLUMNS, type ColumnDoc } from "@/lib/csv/columns";
import { EVENT_COLUMNS, TRACK_COLUMNS } from "@/lib/csv/columns";
import { filtersToSearchParams, parseIncidentFilters } from "@/lib/schemas/incident-filters";
import { TableScroll } from "@/components/ui/table-scroll";

export const metadata: Metadata = { title: "CSV files: data dictionary" };

const FILES = [
  { id: "ledger", title: "Incidents, Rescue Ledger layout", query: "", columns: LEDGER_COLUMNS },
  { id: "iom", title: "Incidents, IOM Missing Migrants layout", query: "layout=iom", columns: IOM_COLUMNS },
  { id: "injuries", title: "Injuries (one row per injury type and severity)", query: "table=injuries", columns: INJURY_COLUMNS },
  { id: "evacuations", title: "Evacuations (one row per evacuation)", query: "table=evacuations", columns: EVACUATION_COLUMNS },
  { id: "nationalities", title: "Nationalities (one row per country of the people on board)", query: "table=nationalities", columns: NATIONALITY_COLUMNS },
  { id: "revisions", title: "Figure revisions (one row per change of a figure)", query: "table=revisions", columns: REVISION_COLUMNS },
  { id: "events", title: "Timeline events (one row per event)", query: "table=events", columns: EVENT_COLUMNS },
  { id: "track", title: "Track points (one row per point)", query: "table=track", columns: TRACK_COLUMNS },
] as const;

function Columns({ title, columns }: { title: string; columns: readonly ColumnDoc[] }) {
  return (
    <TableScroll label={`Columns of ${title}`}>
      <table>
        <thead><tr><th scope="col">Column</th><th scope="col">Meaning</th></tr></thead>
        <tbody>
          {columns.map((c) => (
            <tr key={c.name}><th scope="row"><code>{c.name}</code></th><td className="wrap">{c.description}</td></tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** What every column of every CSV file holds, with downloads for the filters the user came with. */
export default async function CsvHelpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requireUser();
  const filters = filtersToSearchParams({ ...parseIncidentFilters(await searchParams), page: 1 }).toString();
  const href = (query: string) => `/api/incidents/export?${[filters, query].filter(Boolean).join("&")}`;
  return (
    <article className="csv-help">
      <h1>CSV files: data dictionary</h1>
      <p>
        Every file is UTF-8 with a byte-order mark so that Excel shows accents (add <code>bom=0</code> to the link for a file without it), comma-separated,
        quoted as RFC 4180 says. Times are ISO 8601 in UTC. An empty cell means unknown, never zero. Text that a spreadsheet would run as a formula
        (starting with = + - @, a tab or a carriage return) starts with an apostrophe; the importer removes it again.
      </p>
      <p>The exports hold exactly the incidents the list shows for the same filters, all pages. IOM records: {IOM_CREDIT}.</p>
      {FILES.map((file) => (
        <section key={file.id} aria-labelledby={`csv-${file.id}`}>
          <div className="page-heading">
            <h2 id={`csv-${file.id}`}>{file.title}</h2>
            {can(user, "incident:export") && <a className="button button-quiet" href={href(file.query)} download>Download</a>}
          </div>
          <Columns title={file.title} columns={file.columns} />
        </section>
      ))}
      <p className="muted">The same dictionary, with the import rules, is in <code>docs/csv.md</code>.</p>
    </article>
  );
}
