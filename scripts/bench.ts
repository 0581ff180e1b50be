import { mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { deployMigrations } from "../lib/migrate";
import { getBreakdowns } from "../lib/data/dashboard/get-breakdowns";
import { getDashboardKpis } from "../lib/data/dashboard/get-kpis";
import { getMapPoints } from "../lib/data/dashboard/get-map-points";
import { getMonthlySeries } from "../lib/data/dashboard/get-monthly-series";
import { getNationalities } from "../lib/data/dashboard/get-nationalities";
import { getStandOff } from "../lib/data/dashboard/get-stand-off";
import { getYearOverYear } from "../lib/data/dashboard/get-year-over-year";
import { seededUser } from "../lib/data/dashboard/test-support";
import { findIncidents } from "../lib/data/incidents/find-incidents";
import { filtersToSearchParams, parseIncidentFilters, type IncidentFilters } from "../lib/schemas/incident-filters";
import { seedReferenceData } from "../prisma/seed/index";
import { fetchPage, signIn, startApp } from "./bench/app-server";
import { benchExport } from "./bench/export";
import { writeSection } from "./bench/results-file";
import { generateIncidents } from "./bench/generate";
import { benchLoad } from "./bench/load";
import { benchReads } from "./bench/reads";
import { benchSearch } from "./bench/search";
import { installCapturingClient, replay, summarize, timeIt, type Timing } from "./bench/measure";
import { cpuSince, ownCpuMs, postmasterPid, treeCpuMs } from "./bench/proc";
import { ensureDatabase, freePort, type RunningPostgres, startEmbeddedPostgres } from "./lib/postgres";

// `npm run bench [-- --incidents 1000000 --runs 25 --export-runs 3 --load-seconds 30 --load-connections 20 --read-events 1000000 --read-requests 200 --only generate|dashboard|export|search|load|reads]`:
// not a test. Fills a separate embedded PostgreSQL (.data/bench, kept between runs) with synthetic incidents,
// then times the dashboard's data functions and pages beside the bare SQL they send, drives the app with
// concurrent clients (scripts/bench/load.ts, on its own 100,000-incident database), and writes bench/RESULTS.md.
const arg = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(name) + 1] || fallback) || fallback;
const INCIDENTS = process.argv.includes("--incidents") ? arg("--incidents", 1_000_000) : 1_000_000;
const RUNS = process.argv.includes("--runs") ? arg("--runs", 25) : 25;
const EXPORT_RUNS = process.argv.includes("--export-runs") ? arg("--export-runs", 3) : 3;
const ONLY = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const LOAD = { incidents: 100_000, seconds: arg("--load-seconds", 30), connections: arg("--load-connections", 20) };
// Issue 15's reads: the incident page with read recording on and off, 200 requests each after 30 warm-up pages.
const READS = { incidents: 20_000, events: arg("--read-events", 1_000_000), requests: arg("--read-requests", 200), warmup: 30 };
const EMAIL = "coordinator@msf.example";
const SCENARIOS: Record<string, IncidentFilters> = {
  "Year 2016": parseIncidentFilters({ period: "custom", from: "2016-01-01", to: "2016-12-31" }),
  "All time": parseIncidentFilters({}),
};

// A fresh server compiles its code during its first requests: pages are timed after this many, as a
// server that has been running serves them.
const PAGE_WARMUP = 30;

type Row = { name: string; timing: Timing; bare?: Timing };
/** CPU milliseconds per run: PostgreSQL's, and the Node process's that sent the SQL (the bench's own for bare SQL, the app server's for the page). */
type Cpu = { name: string; wall: number; postgres: number; node: number };

async function main() {
  mkdirSync(".data/bench", { recursive: true, mode: 0o700 });
  const server = await startEmbeddedPostgres({ dataDir: path.resolve(".data/bench/postgres"), port: await freePort(), password: "bench" });
  try {
    if (ONLY !== "load" && ONLY !== "reads") await benchMillion(server);
    if (!ONLY || ONLY === "load") {
      writeSection("load", await benchLoad(server, LOAD));
      console.log("\n✓ Wrote the load section of bench/RESULTS.md");
    }
    if (!ONLY || ONLY === "reads") {
      writeSection("reads", await benchReads(server, READS));
      console.log("\n✓ Wrote the reads section of bench/RESULTS.md");
    }
  } finally {
    await server.stop();
  }
}

/** The dashboard, list and export benchmarks on the 1,000,000-incident database. */
async function benchMillion(server: RunningPostgres) {
  const rows: Record<string, Row[]> = {};
  const cpu: Record<string, Cpu[]> = {};
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  try {
    await ensureDatabase(server.url("postgres"), "rescue_ledger_bench");
    const url = server.url("rescue_ledger_bench");
    await deployMigrations(url);
    const { client, capture } = installCapturingClient(url);
    await seedReferenceData(client);
    const pool = new pg.Pool({ connectionString: url });
    pool.on("error", () => {}); // idle connections closing at shutdown; failures surface through the queries
    console.log(`Generating incidents up to ${INCIDENTS.toLocaleString("en")}…`);
    await generateIncidents(pool, INCIDENTS);
    if (ONLY === "generate") return await Promise.all([pool.end(), client.$disconnect()]).then(() => undefined);
    const user = await seededUser(EMAIL);
    const postgresPid = postmasterPid(path.resolve(".data/bench/postgres"));
    app = await startApp(url);
    const cookie = await signIn(app.baseUrl, EMAIL, "ledger-demo-2016");

    const [{ count, events }] = (await pool.query<{ count: number; events: number }>(
      `SELECT (SELECT count(*)::int FROM "Incident") AS count, (SELECT count(*)::int FROM "TimelineEvent") AS events`)).rows;
    const { rows: [{ version }] } = await pool.query<{ version: string }>("SELECT version()");
    if (!ONLY || ONLY === "search") {
      console.log("\nList search");
      writeSection("search", await benchSearch({ user, pool, capture, baseUrl: app.baseUrl, cookie, runs: RUNS, pageWarmup: PAGE_WARMUP, count, postgres: version }));
      console.log("\n✓ Wrote the search section of bench/RESULTS.md");
    }
    if (!ONLY || ONLY === "export") {
      console.log("\nCSV export");
      const filters = SCENARIOS["All time"];
      const query = filtersToSearchParams(filters).toString();
      writeSection("export", await benchExport({ baseUrl: app.baseUrl, cookie, serverPid: app.pid, pool, user, filters, query, runs: EXPORT_RUNS }));
      console.log("\n✓ Wrote the export section of bench/RESULTS.md");
    }
    // A filter the period rollups do not keep: the stand-off and the nationalities then read the incidents.
    const { rows: [argos] } = await pool.query<{ id: string }>(`SELECT id FROM "Vessel" WHERE name = 'Bourbon Argos'`);
    const scenarios = { ...SCENARIOS, "Year 2016, one vessel (Bourbon Argos)": { ...SCENARIOS["Year 2016"], vessel: argos.id } };
    for (const [scenario, filters] of ONLY && ONLY !== "dashboard" ? [] : Object.entries(scenarios)) {
      console.log(`\n${scenario}`);
      const now = new Date();
      const reads = {
        "getDashboardKpis (incl. a year earlier)": () => getDashboardKpis(user, filters, now),
        getMonthlySeries: () => getMonthlySeries(user, filters, now),
        getYearOverYear: () => getYearOverYear(user, filters, now),
        "getBreakdowns (7 dimensions, outcome included)": () => getBreakdowns(user, filters, now),
        getMapPoints: () => getMapPoints(user, filters, now),
        "getStandOff (median, p90 per month)": () => getStandOff(user, filters, now),
        "getNationalities (top 10)": () => getNationalities(user, filters, now),
      };
      const all = () => Promise.all(Object.values(reads).map((read) => read()));
      // The functions, their bare SQL and the page take turns run by run, so that a busy moment of the
      // machine falls on all three alike; PostgreSQL's and the sending Node process's CPU is kept per side.
      const inTurn = async (sides: { name: string; run: () => Promise<unknown>; nodeCpu: () => Map<number, number>; warmup: number }[]) => {
        for (const side of sides) for (let i = 0; i < side.warmup; i++) await side.run();
        const samples = sides.map(() => [] as number[]);
        const used = sides.map(() => ({ postgres: 0, node: 0 }));
        for (let i = 0; i < RUNS; i++) {
          for (const [k, side] of sides.entries()) {
            const [postgres0, node0] = [treeCpuMs(postgresPid), side.nodeCpu()];
            const start = performance.now();
            await side.run();
            samples[k].push(performance.now() - start);
            used[k].postgres += cpuSince(postgres0, treeCpuMs(postgresPid));
            used[k].node += cpuSince(node0, side.nodeCpu());
          }
        }
        return sides.map((side, k) => {
          const timing = summarize(samples[k]);
          cpu[scenario].push({ name: side.name, wall: timing.p50, postgres: used[k].postgres / RUNS, node: used[k].node / RUNS });
          return timing;
        });
      };
      rows[scenario] = [];
      cpu[scenario] = [];
      for (const [name, read] of Object.entries(reads)) {
        const statements = await capture(read);
        rows[scenario].push({ name, timing: await timeIt(read, RUNS), bare: await timeIt(() => replay(pool, statements), RUNS) });
        console.log(`  ${name}: done`);
      }
      const statements = await capture(all);
      const query = filtersToSearchParams(filters).toString();
      const [functions, bare, page] = await inTurn([
        { name: "The seven functions", run: all, nodeCpu: ownCpuMs, warmup: 3 },
        { name: "Bare SQL of all seven", run: () => replay(pool, statements), nodeCpu: ownCpuMs, warmup: 3 },
        { name: "Page /dashboard", run: () => fetchPage(app!.baseUrl, `/dashboard?${query}`, cookie, "Breakdowns"), nodeCpu: () => treeCpuMs(app!.pid), warmup: PAGE_WARMUP },
      ]);
      rows[scenario].push({ name: "All seven in parallel (what the page runs)", timing: functions, bare });
      rows[scenario].push({ name: "Page /dashboard (full streamed HTML)", timing: page });
      console.log("  All seven, bare SQL and the page: done");
      rows[scenario].push({ name: "findIncidents (list data)", timing: await timeIt(() => findIncidents(user, filters), RUNS) });
      const list = () => fetchPage(app!.baseUrl, `/incidents?${query}`, cookie, "incidents of");
      rows[scenario].push({ name: "Page /incidents (first page)", timing: await timeIt(list, RUNS, PAGE_WARMUP) });
      const floor = () => fetchPage(app!.baseUrl, "/account", cookie, "Rescue Ledger");
      rows[scenario].push({ name: FLOOR, timing: await timeIt(floor, RUNS, PAGE_WARMUP) });
    }
    if (!ONLY || ONLY === "dashboard") writeResults(rows, cpu, count, events, version);
    await pool.end();
    await client.$disconnect();
  } finally {
    app?.stop();
  }
}

const ms = (value: number) => value.toFixed(1);
const FLOOR = "Page /account (the smallest signed-in page: session, layout, shell)";

function writeResults(rows: Record<string, Row[]>, cpu: Record<string, Cpu[]>, count: number, events: number, postgres: string) {
  const cpus = os.cpus();
  const lines = [
    "## Dashboard and incident list (issues 5 and 13)",
    "",
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${count.toLocaleString("en")} incidents with ${events.toLocaleString("en")} timeline events, the MSF coordinator's scope`,
    `(own + partnered, Submitted + Verified), ${RUNS} sequential runs after 3 warm-up runs (${PAGE_WARMUP} for pages); milliseconds.`,
    "The seven functions together, their bare SQL and the page are timed in turn, run by run, so that all three meet the machine alike.",
    `"Bare SQL" replays the very statements the function sent, through \`pg\` alone, with the same parallelism.`,
    "The figures come from the IncidentRollup table (whole years, months, then edge days), the map's points from the incidents.",
    "The page adds what every page pays (session check, layout, filter choices, rendering, gzip): the incident list shows its size;",
    "its fixed overhead is the page's p50 minus the p50 of the bare SQL of all seven.",
    "The stand-off percentiles and the nationalities come from StandOffRollup and NationalityRollup when no filter but the period and",
    "the statuses is set; with a vessel filter they read the incidents (the stand-off from rescueAt and disembarkedAt, kept by triggers).",
    "CPU per run: the CPU time PostgreSQL and the Node process that sent the SQL (the bench itself for bare SQL, the app server for",
    "the page) used, from /proc. When PostgreSQL alone keeps the cores busy, the page's own CPU lengthens its wall time: their sum over",
    "the cores is a floor no overlap can beat.",
    "",
    `Machine: ${cpus[0]?.model ?? "unknown CPU"} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.platform()} ${os.release()};`,
    `Node ${process.version}; ${postgres.split(",")[0]} (embedded, default settings).`,
  ];
  for (const [scenario, list] of Object.entries(rows)) {
    lines.push("", `### ${scenario}`, "", "| Read | p50 | p95 | Bare SQL p50 | Bare SQL p95 | Ratio (p50) |", "|---|---:|---:|---:|---:|---:|");
    const bareAll = list.find((r) => r.name.startsWith("All seven"))?.bare;
    for (const { name, timing, bare } of list) {
      const reference = bare ?? (name.startsWith("Page /dashboard") ? bareAll : undefined);
      const ratio = reference ? `${(timing.p50 / reference.p50).toFixed(2)}×` : "";
      lines.push(`| ${name} | ${ms(timing.p50)} | ${ms(timing.p95)} | ${reference ? ms(reference.p50) : ""} | ${reference ? ms(reference.p95) : ""} | ${ratio} |`);
    }
    const page = list.find((r) => r.name.startsWith("Page /dashboard"));
    const floor = list.find((r) => r.name === FLOOR);
    if (page && bareAll) {
      lines.push("", `Fixed overhead of the page: ${ms(page.timing.p50 - bareAll.p50)} ms (page p50 ${ms(page.timing.p50)} − bare SQL p50 ${ms(bareAll.p50)})` +
        (floor ? `, of which ${ms(floor.timing.p50)} ms is what the smallest signed-in page takes whole (/account).` : "."));
    }
    lines.push("", "| CPU per run | Wall p50 | PostgreSQL CPU | Node CPU | Both ÷ cores |", "|---|---:|---:|---:|---:|");
    for (const c of cpu[scenario] ?? []) {
      lines.push(`| ${c.name} | ${ms(c.wall)} | ${ms(c.postgres)} | ${ms(c.node)} | ${ms((c.postgres + c.node) / cpus.length)} |`);
    }
  }
  writeSection("dashboard", lines.join("\n"));
  console.log("\n✓ Wrote the dashboard section of bench/RESULTS.md");
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`\n✗ ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  },
);
