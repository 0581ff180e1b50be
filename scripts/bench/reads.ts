import os from "node:os";
import pg from "pg";
import { findAuditEvents } from "../../lib/data/audit-events";
import { getRevisions } from "../../lib/data/incidents/revisions";
import { findCaseReaders, READERS_SHOWN } from "../../lib/data/reads/case-readers";
import { READ_COALESCE_MINUTES, recordRead } from "../../lib/data/reads/record-read";
import { findUserReads } from "../../lib/data/reads/user-reads";
import { getSessionUser } from "../../lib/data/users";
import { deployMigrations } from "../../lib/migrate";
import { auditFilterSchema } from "../../lib/schemas/audit-filter";
import { DEMO_PASSWORD, seedReferenceData } from "../../prisma/seed/index";
import { ensureDatabase, type RunningPostgres } from "../lib/postgres";
import { fetchPage, signIn, startApp } from "./app-server";
import { generateIncidents } from "./generate";
import { installCapturingClient, summarize, timeIt, type Timing } from "./measure";

// Issue 15: does recording who read a case slow the case page? The page served with recording on and
// off (BENCH_WITHOUT_READ_RECORDS, read by lib/data/reads/record-read.ts alone), requests alternating
// between the two servers one at a time, against a database that already holds `events` reads.
export type ReadsOptions = { incidents: number; events: number; requests: number; warmup: number };

const DATABASE = "rescue_ledger_reads";
const EMAIL = "coordinator@msf.example";
const ms = (t: Timing) => `${t.p50.toFixed(1)} | ${t.p95.toFixed(1)}`;

/** Past reads spread over 5,000 cases and every user, one every 20 seconds back from now. */
async function fillReads(pool: pg.Pool, events: number) {
  const { rows: [{ n }] } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = 'READ'`);
  if (n >= events) return n;
  console.log(`Writing ${(events - n).toLocaleString("en")} past reads…`);
  await pool.query(
    `WITH inc AS (SELECT array_agg(id) AS a FROM (SELECT id FROM "Incident" ORDER BY random() LIMIT 5000) s),
          usr AS (SELECT array_agg(id ORDER BY id) AS a, array_agg("organizationId" ORDER BY id) AS o FROM "User")
     INSERT INTO "AuditEvent" ("actorId", "organizationId", action, "entityType", "entityId", "incidentId", changes, "createdAt")
     SELECT usr.a[1 + g % cardinality(usr.a)], usr.o[1 + g % cardinality(usr.a)], 'READ', 'Incident', inc.a[1 + (g::bigint * 7919 % cardinality(inc.a))::int]::text,
            inc.a[1 + (g::bigint * 7919 % cardinality(inc.a))::int], '{"kind": "view"}', now() - interval '1 hour' - g * interval '20 seconds'
     FROM generate_series(1, $1::int) g, inc, usr`,
    [events - n],
  );
  await pool.query("VACUUM ANALYZE \"AuditEvent\"");
  return events;
}

/** Runs the two sides in turns (which goes first alternates), so a busy moment of the machine falls on both alike. */
async function inTurn(count: number, sides: ((i: number) => Promise<unknown>)[]) {
  const samples = sides.map(() => [] as number[]);
  for (let i = 0; i < count; i++) {
    const order = i % 2 ? [...sides.keys()].reverse() : [...sides.keys()];
    for (const k of order) {
      const start = performance.now();
      await sides[k](i);
      samples[k].push(performance.now() - start);
    }
  }
  return samples.map(summarize);
}

export async function benchReads(server: RunningPostgres, options: ReadsOptions) {
  await ensureDatabase(server.url("postgres"), DATABASE);
  const url = server.url(DATABASE);
  await deployMigrations(url);
  const { client } = installCapturingClient(url);
  await seedReferenceData(client);
  const pool = new pg.Pool({ connectionString: url });
  pool.on("error", () => {});
  console.log(`Generating incidents up to ${options.incidents.toLocaleString("en")} in ${DATABASE}…`);
  await generateIncidents(pool, options.incidents);
  const events = await fillReads(pool, options.events);
  const { rows: [coordinator] } = await pool.query<{ id: string; tokenVersion: number; organizationId: string }>(
    `SELECT id, "tokenVersion", "organizationId" FROM "User" WHERE email = $1`, [EMAIL]);
  const user = (await getSessionUser(coordinator.id, coordinator.tokenVersion))!;
  // The most-read cases of the coordinator's organization (the page lists their readers, and their history
  // skips the most reads) that the coordinator has not read lately: an earlier run's reads would coalesce.
  const { rows: cases } = await pool.query<{ id: string; reference: string }>(
    `SELECT i.id, i.reference FROM "Incident" i WHERE i."organizationId" = $1 AND i."deletedAt" IS NULL
       AND NOT EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e."incidentId" = i.id AND e."actorId" = $3 AND e."createdAt" > now() - make_interval(mins => $4))
     ORDER BY (SELECT count(*) FROM "AuditEvent" e WHERE e."incidentId" = i.id) DESC, random() LIMIT $2`,
    [coordinator.organizationId, options.warmup + options.requests + 1, coordinator.id, READ_COALESCE_MINUTES]);
  const [warm, measured, [repeated]] = [cases.slice(0, options.warmup), cases.slice(options.warmup, -1), cases.slice(-1)];

  const [off, on] = [await startApp(url, { BENCH_WITHOUT_READ_RECORDS: "1" }), await startApp(url)];
  try {
    const [offCookie, onCookie] = [await signIn(off.baseUrl, EMAIL, DEMO_PASSWORD), await signIn(on.baseUrl, EMAIL, DEMO_PASSWORD)];
    const page = (app: typeof on, cookie: string) => (c: { id: string; reference: string }) => fetchPage(app.baseUrl, `/incidents/${c.id}`, cookie, c.reference);
    const [pageOff, pageOn] = [page(off, offCookie), page(on, onCookie)];
    for (const c of warm) await Promise.all([pageOff(c), pageOn(c)]);
    const started = new Date();
    console.log(`Incident page, ${measured.length} different cases, recording off and on in turns…`);
    const [distinctOff, distinctOn] = await inTurn(measured.length, [(i) => pageOff(measured[i]), (i) => pageOn(measured[i])]);
    console.log(`The same case ${options.requests} times (reads after the first coalesce)…`);
    const [sameOff, sameOn] = await inTurn(options.requests, [() => pageOff(repeated), () => pageOn(repeated)]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { rows: [{ written }] } = await pool.query<{ written: number }>(
      `SELECT count(*)::int AS written FROM "AuditEvent" WHERE "actorId" = $1 AND action = 'READ' AND "createdAt" >= $2`, [coordinator.id, started]);

    const [top] = cases;
    let k = 0;
    const insert = await timeIt(() => recordRead(user, { incidentId: measured[k++ % measured.length].id, kind: "print" }), Math.min(100, measured.length), 0);
    const coalesced = await timeIt(() => recordRead(user, { incidentId: top.id, kind: "view" }), 100);
    const readers = await timeIt(() => findCaseReaders(user, top.id), 100);
    const revisions = await timeIt(() => getRevisions(user, top.id), 100);
    const { rows: [busiest] } = await pool.query<{ id: string }>(
      `SELECT "actorId" AS id FROM "AuditEvent" e JOIN "User" u ON u.id = e."actorId" WHERE u."organizationId" = $1 AND e.action = 'READ' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`, [coordinator.organizationId]);
    const month = { user: busiest.id, from: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10), page: 1 };
    const userReads = await timeIt(() => findUserReads(user, month), 100);
    const auditLog = await timeIt(() => findAuditEvents(user, auditFilterSchema.parse({})), 10);
    const { rows: [counts] } = await pool.query<{ incidents: number; reads: number; top: number }>(
      `SELECT (SELECT count(*)::int FROM "Incident") AS incidents, (SELECT count(*)::int FROM "AuditEvent" WHERE action = 'READ') AS reads,
              (SELECT count(*)::int FROM "AuditEvent" WHERE "incidentId" = $1) AS top`, [top.id]);
    return [
      "## Who read what (issue 15): the incident page with read recording on and off",
      "",
      `${counts.incidents.toLocaleString("en")} incidents, ${counts.reads.toLocaleString("en")} READ events (${events.toLocaleString("en")} written beforehand, spread over 5,000 cases); the cases measured are the coordinator's organization's most read (the first holds ${counts.top.toLocaleString("en")} events). Two \`next start\` servers of the same build on the same database, one with \`BENCH_WITHOUT_READ_RECORDS=1\`; one signed-in coordinator (${EMAIL}), sequential GETs alternating between the servers after ${options.warmup} warm-up pages each; whole body read. Load average ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} cores at the end.`,
      "",
      "| incident page, ms | off: p50 | off: p95 | on: p50 | on: p95 |",
      "|---|---|---|---|---|",
      `| ${measured.length} different cases (each read writes an event) | ${ms(distinctOff)} | ${ms(distinctOn)} |`,
      `| the same case ${options.requests} times (coalesced: one event) | ${ms(sameOff)} | ${ms(sameOn)} |`,
      "",
      `READ events the "on" server wrote during the measured requests: ${written} (expected ${measured.length + 1}).`,
      "",
      "| data function (in process, ms) | p50 | p95 |",
      "|---|---|---|",
      `| recordRead, writing | ${insert.p50.toFixed(2)} | ${insert.p95.toFixed(2)} |`,
      `| recordRead, coalesced (nothing written) | ${coalesced.p50.toFixed(2)} | ${coalesced.p95.toFixed(2)} |`,
      `| findCaseReaders (newest ${READERS_SHOWN}) of the most read case | ${readers.p50.toFixed(2)} | ${readers.p95.toFixed(2)} |`,
      `| getRevisions of the most read case | ${revisions.p50.toFixed(2)} | ${revisions.p95.toFixed(2)} |`,
      `| findUserReads, the organization's busiest reader, 30 days, first page | ${userReads.p50.toFixed(2)} | ${userReads.p95.toFixed(2)} |`,
      `| findAuditEvents, the audit log's first page unfiltered (reads included) | ${auditLog.p50.toFixed(2)} | ${auditLog.p95.toFixed(2)} |`,
    ].join("\n");
  } finally {
    off.stop();
    on.stop();
    await pool.end();
    await client.$disconnect();
  }
}
