import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { exportKind } from "../../lib/data/export/export-tables";
import { redaction } from "../../lib/data/export/privacy-sql";
import { inlineSql } from "../../lib/data/export/sql-literal";
import { incidentOrderSql, incidentWhereSql } from "../../lib/data/incidents/filter-sql";
import { PRIVACY_DEFAULTS } from "../../lib/schemas/privacy-settings";
import type { IncidentFilters } from "../../lib/schemas/incident-filters";
import { treeRssMb } from "./proc";

export type ExportRun = { rows: number; bytes: number; ms: number; firstByteMs: number; peakRssMb?: number };

async function drain(chunks: AsyncIterable<Uint8Array>, start: number) {
  let bytes = 0;
  let firstByteMs = 0;
  for await (const chunk of chunks) {
    if (bytes === 0) firstByteMs = performance.now() - start;
    bytes += chunk.length;
  }
  return { bytes, firstByteMs, ms: performance.now() - start };
}

/** Downloads the CSV export over HTTP as a browser would, sampling the server's memory meanwhile. */
export async function downloadExport(baseUrl: string, query: string, cookie: string, serverPid: number): Promise<ExportRun> {
  let peakRssMb = treeRssMb(serverPid);
  const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, treeRssMb(serverPid))), 100);
  try {
    const start = performance.now();
    const response = await fetch(`${baseUrl}/api/incidents/export?${query}`, { headers: { cookie } });
    if (response.status !== 200 || !response.body) throw new Error(`The export answered ${response.status}.`);
    const run = await drain(response.body as unknown as AsyncIterable<Uint8Array>, start);
    return { ...run, rows: Number(response.headers.get("X-Row-Count")), peakRssMb };
  } finally {
    clearInterval(sampler);
  }
}

/** The same rows by bare `COPY … TO STDOUT` of the statement the export route runs for a link (shareable). */
export async function copyBaseline(pool: pg.Pool, user: { organizationId: string }, filters: IncidentFilters): Promise<ExportRun> {
  const redact = redaction({ level: "shareable", settings: PRIVACY_DEFAULTS }, user);
  const select = exportKind("incidents", "ledger").select(incidentWhereSql(user, filters), incidentOrderSql(filters), { reader: user, labels: null, redact });
  const client = await pool.connect();
  try {
    const start = performance.now();
    const run = await drain(client.query(copyTo(`COPY (${inlineSql(select)}) TO STDOUT WITH (FORMAT csv, HEADER true)`)), start);
    return { ...run, rows: 0 };
  } finally {
    client.release();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs both downloads `runs` times, one after another, and renders the bench/RESULTS.md section. */
export async function benchExport(options: { baseUrl: string; cookie: string; serverPid: number; pool: pg.Pool; user: { organizationId: string }; filters: IncidentFilters; query: string; runs: number }) {
  const http: ExportRun[] = [];
  const copy: ExportRun[] = [];
  for (let i = 0; i < options.runs; i++) {
    http.push(await downloadExport(options.baseUrl, options.query, options.cookie, options.serverPid));
    copy.push(await copyBaseline(options.pool, options.user, options.filters));
    console.log(`  export run ${i + 1}/${options.runs}: HTTP ${(http[i].ms / 1000).toFixed(1)} s, COPY ${(copy[i].ms / 1000).toFixed(1)} s`);
  }
  const rows = http[0].rows;
  const rate = (runs: ExportRun[]) => rows / (median(runs.map((r) => r.ms)) / 1000);
  const line = (name: string, runs: ExportRun[], rss: string) =>
    `| ${name} | ${Math.round(rate(runs)).toLocaleString("en")} | ${(median(runs.map((r) => r.ms)) / 1000).toFixed(1)} | ${median(runs.map((r) => r.firstByteMs)).toFixed(0)} | ${(median(runs.map((r) => r.bytes)) / 2 ** 20).toFixed(0)} | ${rss} |`;
  const rss = http.map((r) => r.peakRssMb ?? 0);
  return [
    "## CSV export (issue 6)",
    "",
    `The MSF coordinator's whole scope (Submitted + Verified, all time): ${rows.toLocaleString("en")} rows in our layout, ${options.runs} runs each, medians.`,
    "HTTP: `GET /api/incidents/export` from a signed-in client, read to the end. COPY: the same statement by bare `COPY … TO STDOUT` through `pg`.",
    "",
    "| Path | rows/s | seconds | first byte (ms) | MiB | server peak RSS (MiB) |",
    "|---|---:|---:|---:|---:|---:|",
    line("HTTP export", http, `${Math.min(...rss).toFixed(0)}–${Math.max(...rss).toFixed(0)}`),
    line("Bare COPY", copy, ""),
    "",
    `Ratio HTTP ÷ COPY (rows/s): ${(rate(http) / rate(copy)).toFixed(2)}× (target ≥ 0.7×).`,
  ].join("\n");
}
