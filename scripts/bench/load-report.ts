import os from "node:os";
import type { LoadOutcome } from "./load-stats";

export type LoadRow = { name: string; http: LoadOutcome; bare: LoadOutcome; stored?: number };
export type LoadSetup = { incidents: number; seconds: number; connections: number; postgres: string; loadAverage: [before: number, after: number] };

const TARGET = { createPerSecond: 300, createP95: 150 };
const fixed = (value: number | null, digits = 1) => (value === null ? "–" : value.toFixed(digits));
const ratio = (app: number | null, bare: number | null) => (app !== null && bare ? `${fixed(app / bare, 2)}×` : "–");
const line = (label: string, o: LoadOutcome) =>
  `| ${label} | ${fixed(o.perSecond)} | ${fixed(o.p50)} | ${fixed(o.p95)} | ${fixed(o.p99)} | ${o.errors} | ${o.operations.toLocaleString("en")} |`;
const verdict = (isMet: boolean) => (isMet ? "**met**" : "**not met**");

function scenarioTable({ name, http, bare, stored }: LoadRow) {
  const lines = [
    `### ${name}`,
    "",
    "| | req/s | p50 ms | p95 ms | p99 ms | errors | completed |",
    "|---|---:|---:|---:|---:|---:|---:|",
    line("App over HTTP", http),
    line("Bare SQL", bare),
    `| Ratio app ÷ bare | ${ratio(http.perSecond, bare.perSecond)} | ${ratio(http.p50, bare.p50)} | ${ratio(http.p95, bare.p95)} | ${ratio(http.p99, bare.p99)} | | |`,
  ];
  for (const [side, o] of [["app", http], ["bare SQL", bare]] as const) {
    if (o.firstError) lines.push("", `First ${side} error: ${o.firstError.replace(/[|\n]/g, " ")}`);
  }
  if (stored !== undefined) {
    const isWhole = stored === http.confirmed;
    lines.push("", `Creates the server confirmed: ${http.confirmed}; new incidents in the database: ${stored} (${isWhole ? "nothing lost" : "**they differ**"}).`);
  }
  return lines.join("\n");
}

/** The load section of bench/RESULTS.md: the machine, one table per scenario, the targets. */
export function renderLoad(rows: LoadRow[], setup: LoadSetup) {
  const cpus = os.cpus();
  const create = rows.find((row) => row.stored !== undefined);
  const errors = rows.reduce((sum, row) => sum + row.http.errors, 0);
  const targets = create
    ? [
        `- Create ≥ ${TARGET.createPerSecond}/s: ${fixed(create.http.perSecond)}/s, ${verdict(create.http.perSecond >= TARGET.createPerSecond)}.`,
        `- Create p95 ≤ ${TARGET.createP95} ms: ${fixed(create.http.p95)} ms, ${verdict(create.http.p95 !== null && create.http.p95 <= TARGET.createP95)}.`,
        `- 0 errors: ${errors} over HTTP, ${verdict(errors === 0)}.`,
      ]
    : [];
  return [
    "## Load: 20 concurrent clients (issue 7)",
    "",
    `Written by \`npm run bench -- --only load\` on ${new Date().toISOString().slice(0, 10)}: ${setup.incidents.toLocaleString("en")} incidents (database \`rescue_ledger_load\`),`,
    `${setup.connections} concurrent clients for ${setup.seconds} s per scenario and side. "App over HTTP": autocannon in a second process on loopback against`,
    "`next start` (the production build, one Node process, Prisma's default pool of 10 connections), signed in as the coordinator",
    "of each organization (creates also as its field worker), each request taking the next user, incident and payload in turn;",
    "an error is a non-2xx answer, a socket error or timeout, or a 2xx without the page's content or the action's `ok: true`.",
    `"Bare SQL": the statements the page's or action's data functions send (session check included), captured through Prisma and`,
    `replayed through \`pg\` alone by ${setup.connections} clients on their own connections, back to back; creates as one transaction with a fresh`,
    "reference and id. Latencies in milliseconds.",
    "",
    `Machine: ${cpus[0]?.model ?? "unknown CPU"} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.platform()} ${os.release()};`,
    `Node ${process.version}; ${setup.postgres.split(",")[0]} (embedded, default settings). The app, the load generator and PostgreSQL share the machine`,
    `(one-minute load average ${fixed(setup.loadAverage[0], 2)} before the run, ${fixed(setup.loadAverage[1], 2)} at its end, this benchmark included).`,
    "",
    ...rows.flatMap((row) => [scenarioTable(row), ""]),
    "### Targets",
    "",
    ...targets,
  ].join("\n");
}
