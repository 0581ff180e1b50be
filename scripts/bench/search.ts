import type pg from "pg";
import { findIncidents } from "../../lib/data/incidents/find-incidents";
import { saveSearchText } from "../../lib/data/saved-filters/search-text";
import type { SessionUser } from "../../lib/data/users";
import { filtersToSearchParams, parseIncidentFilters } from "../../lib/schemas/incident-filters";
import { fetchPage } from "./app-server";
import { replay, type Statement, type Timing, timeIt } from "./measure";

type Options = {
  user: SessionUser; pool: pg.Pool; capture: (fn: () => Promise<unknown>) => Promise<Statement[]>;
  baseUrl: string; cookie: string; runs: number; pageWarmup: number; count: number; postgres: string;
};

// What people type: a ship (a quarter of the cases name it), common and rare narrative words, a port, part of a
// reference, a partner, a nationality, and the reference case's full reference; "Best match" unless said otherwise.
const QUERIES: { label: string; text: string; sort?: "newest" }[] = [
  { label: "Bourbon Argos (vessel, best match)", text: "Bourbon Argos" },
  { label: "Bourbon Argos (vessel, newest first)", text: "Bourbon Argos", sort: "newest" },
  { label: "Zuwara (narrative word)", text: "Zuwara" },
  { label: "wooden Zuwara (two narrative words)", text: "wooden Zuwara" },
  { label: "baby (a rare narrative word)", text: "baby" },
  { label: "Augusta (disembarkation port)", text: "Augusta" },
  { label: "Sea-Watch (partner)", text: "Sea-Watch" },
  { label: "Eritrea (nationality on board)", text: "Eritrea" },
  { label: "Eritrea Zuwara (nationality and departure)", text: "Eritrea Zuwara" },
  { label: "MSF-2016-0001 (a reference)", text: "MSF-2016-0001" },
];

const ms = (value: number) => value.toFixed(1);

/** The list's search on the big database: the data function beside its bare SQL, and the page. */
export async function benchSearch(o: Options): Promise<string> {
  const rows: { label: string; list: Timing; bare: Timing; page: Timing; total: string }[] = [];
  for (const { label, text, sort } of QUERIES) {
    const filters = parseIncidentFilters({ search: await saveSearchText(o.user, text), sort: sort ?? "relevance" });
    const read = () => findIncidents(o.user, filters);
    const result = await read();
    const statements = await o.capture(read);
    const list = await timeIt(read, o.runs);
    const bare = await timeIt(() => replay(o.pool, statements), o.runs);
    const page = await timeIt(() => fetchPage(o.baseUrl, `/incidents?${filtersToSearchParams(filters)}`, o.cookie, "incidents of"), o.runs, o.pageWarmup);
    rows.push({ label, list, bare, page, total: `${result.isTotalCapped ? "> " : ""}${result.total.toLocaleString("en")}` });
    console.log(`  ${label}: done`);
  }
  return [
    "## List search (issue 13)",
    "",
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${o.count.toLocaleString("en")} incidents, the MSF coordinator's scope`,
    `(own + partnered, Submitted + Verified), ${o.runs} sequential runs after 3 warm-up runs (${o.pageWarmup} for pages); milliseconds.`,
    "findIncidents resolves the search id, then reads one page and counts the matches up to 1,000; \"Bare SQL\" replays its statements",
    `through \`pg\` alone. ${o.postgres.split(",")[0]} (embedded, default settings).`,
    "",
    "| Search | Matches | findIncidents p50 | p95 | Bare SQL p50 | p95 | Ratio (p50) | Page /incidents p50 | p95 |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map((r) =>
      `| ${r.label} | ${r.total} | ${ms(r.list.p50)} | ${ms(r.list.p95)} | ${ms(r.bare.p50)} | ${ms(r.bare.p95)} | ${(r.list.p50 / r.bare.p50).toFixed(2)}× | ${ms(r.page.p50)} | ${ms(r.page.p95)} |`),
  ].join("\n");
}
