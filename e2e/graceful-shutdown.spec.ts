import { spawn } from "node:child_process";
import { once } from "node:events";
import http from "node:http";
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import type { IncidentFormValues } from "@/lib/schemas/incident";
import { freePort } from "../scripts/lib/postgres";
import { signInState } from "./access-world";
import { DEMO_PASSWORD, SIGN_INS } from "./fixtures";
import { E2E_AUTH_SECRET } from "./server-secret";
import { callAction } from "./server-actions";

// A server of its own (the shared one must keep serving the other tests), stopped while a save waits
// on the database: SIGTERM must let that save finish and answer before the process exits.
test("a SIGTERM lets the save in flight finish and answer, then the server exits", async ({ playwright }) => {
  test.setTimeout(90_000);
  const port = await freePort();
  const baseURL = `http://localhost:${port}`;
  const server = spawn("node_modules/.bin/next", ["start", "--port", String(port)], {
    env: { ...process.env, NEXTAUTH_URL: baseURL, AUTH_SECRET: E2E_AUTH_SECRET, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  const exited = once(server, "exit");
  // One connection holds the lock; the other watches (activity statistics stay frozen inside a transaction).
  const [holder, db] = [new pg.Client({ connectionString: process.env.DATABASE_URL }), new pg.Client({ connectionString: process.env.DATABASE_URL })];
  await Promise.all([holder.connect(), db.connect()]);
  try {
    await expect.poll(() => fetch(`${baseURL}/sign-in`).then((r) => r.status, () => 0), { timeout: 60_000 }).toBe(200);
    const request = await playwright.request.newContext({ baseURL, storageState: await signInState(playwright.request, baseURL, SIGN_INS.field, DEMO_PASSWORD) });

    // Hold MSF's 2011 reference counter (a year no other test writes), so the create queues on it.
    await holder.query("BEGIN");
    await holder.query(`INSERT INTO "ReferenceCounter" ("organizationId", year, "lastNumber")
      SELECT id, 2011, 0 FROM "Organization" WHERE "shortName" = 'MSF'
      ON CONFLICT ("organizationId", year) DO UPDATE SET "lastNumber" = "ReferenceCounter"."lastNumber"`);
    const source = `Graceful shutdown ${randomUUID()}`;
    const saving = callAction(request, baseURL, "incidents", "createIncidentAction", [form(source)], randomUUID());
    // A save that ends before it queues (refused, failed) shows its answer here instead of a count.
    let answer: unknown;
    saving.then((result) => (answer = result), (error: unknown) => (answer = String(error)));
    // A hang guard, not a measure: a cold server's first action on a loaded 2-core machine takes its time.
    await expect.poll(async () => answer ?? (await db.query(
      `SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%incident_references_take(%'`)).rowCount, { timeout: 45_000 }).toBe(1);

    server.kill("SIGTERM");
    // Shutting down: it no longer takes connections, while the save still waits on the counter.
    await expect.poll(() => probe(`${baseURL}/api/health`), { timeout: 30_000 }).toBe("closed");
    expect(server.exitCode).toBeNull();
    await holder.query("COMMIT");

    expect(await saving).toMatchObject({ ok: true });
    const [code] = await exited;
    expect(code).toBe(143);
    const { rows } = await db.query(`SELECT reference FROM "Incident" WHERE source = $1`, [source]);
    expect(rows).toEqual([{ reference: expect.stringMatching(/^MSF-2011-\d{4}$/) }]);
  } finally {
    await holder.query("ROLLBACK").catch(() => {});
    await Promise.all([holder.end(), db.end()]);
    if (server.exitCode === null) server.kill("SIGKILL");
  }
});

// A new connection each time: a kept-alive one that was busy when the signal came stays open after
// server.close(), and polling on it faster than the keep-alive timeout keeps it "serving" for good.
function probe(url: string) {
  return new Promise<"serving" | "closed">((resolve) => {
    http.get(url, { agent: false }, (res) => { res.resume(); resolve("serving"); }).on("error", () => resolve("closed"));
  });
}

function form(source: string): IncidentFormValues {
  return {
    occurredAt: "2011-08-01T10:00:00Z", position: "34°00.0'N 012°00.0'E", region: "Mediterranean", route: "Central Mediterranean", vesselId: "", boatType: "",
    boatConditions: [], personsOnBoard: "", rescued: "12", dead: "0", missing: "0", causesOfDeath: [], children: "", unaccompaniedMinors: "",
    women: "", pregnantWomen: "", infants: "", injuries: [], evacuations: [], partners: [], coordinatingAuthority: "", disembarkationPort: "",
    seaState: "", narrative: "", source, sourceQuality: "", intent: "draft", reason: "",
  };
}
