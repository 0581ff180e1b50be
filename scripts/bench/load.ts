import os from "node:os";
import type pg from "pg";
import type { RunningPostgres } from "../lib/postgres";
import { startApp } from "./app-server";
import { driveBare } from "./load-bare";
import { prepareLoadDatabase } from "./load-database";
import { driveHttp } from "./load-http";
import { type LoadRow, renderLoad } from "./load-report";
import type { LoadOutcome } from "./load-stats";
import { prepareScenarios, type Scenario } from "./load-scenarios";

// Issue 7's load benchmark: the incident list, incident page, dashboard and create, each driven by
// concurrent clients over HTTP from a second process and, for comparison, as the same SQL through `pg`.
export type LoadOptions = { incidents: number; seconds: number; connections: number };

const WARM_UP_SECONDS = 3;
const brief = (o: LoadOutcome) => `${o.perSecond.toFixed(1)}/s, p95 ${o.p95?.toFixed(1) ?? "–"} ms, ${o.errors} errors${o.firstError ? ` (first: ${o.firstError})` : ""}`;
const countIncidents = async (pool: pg.Pool) => (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Incident"`)).rows[0].n;

/** Earlier runs' creates go, so every run starts from the same generated incidents. */
async function removeEarlierCreates(pool: pg.Pool) {
  const mine = `SELECT id FROM "Incident" WHERE source = 'Load benchmark'`;
  await pool.query(`DELETE FROM "AuditEvent" WHERE "incidentId" IN (${mine})`);
  const { rowCount } = await pool.query(`DELETE FROM "Incident" WHERE id IN (${mine})`);
  if (rowCount) await pool.query(`VACUUM ANALYZE`);
  console.log(`Removed ${rowCount ?? 0} incidents created by earlier load runs.`);
}

async function runScenario(scenario: Scenario, context: { baseUrl: string; url: string; pool: pg.Pool }, options: LoadOptions): Promise<LoadRow> {
  console.log(`\n${scenario.name}`);
  const isCreate = scenario.targets.some((target) => target.create);
  const job = { baseUrl: context.baseUrl, connections: options.connections, targets: scenario.targets };
  await driveHttp({ ...job, seconds: Math.min(WARM_UP_SECONDS, options.seconds) });
  const before = await countIncidents(context.pool);
  const http = await driveHttp({ ...job, seconds: options.seconds });
  const stored = isCreate ? (await countIncidents(context.pool)) - before : undefined;
  console.log(`  HTTP: ${brief(http)}${isCreate ? `; confirmed ${http.confirmed}, stored ${stored}` : ""}`);
  const bare = await driveBare(context.url, { seconds: options.seconds, connections: options.connections, operations: scenario.operations });
  console.log(`  bare SQL: ${brief(bare)}`);
  return { name: scenario.name, http, bare, stored };
}

/** Runs the four scenarios against the `rescue_ledger_load` database of `server`; returns the RESULTS.md section. */
export async function benchLoad(server: RunningPostgres, options: LoadOptions) {
  const [loadBefore] = os.loadavg();
  const database = await prepareLoadDatabase(server, options.incidents);
  const app = await startApp(database.url);
  try {
    await removeEarlierCreates(database.pool);
    const incidents = await countIncidents(database.pool);
    const scenarios = await prepareScenarios({ baseUrl: app.baseUrl, pool: database.pool, capture: database.capture });
    const context = { baseUrl: app.baseUrl, url: database.url, pool: database.pool };
    const rows: LoadRow[] = [];
    for (const make of [scenarios.list, scenarios.incident, scenarios.dashboard, scenarios.create]) rows.push(await runScenario(await make(), context, options));
    const { rows: [{ version }] } = await database.pool.query<{ version: string }>("SELECT version()");
    return renderLoad(rows, { ...options, incidents, postgres: version, loadAverage: [loadBefore, os.loadavg()[0]] });
  } finally {
    app.stop();
    await database.pool.end();
    await database.client.$disconnect();
  }
}
