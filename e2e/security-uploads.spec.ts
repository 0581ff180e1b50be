import { existsSync, readdirSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { createHttpWorld, createIncidentIn, type HttpWorld, incidentState, signInState } from "./access-world";
import { callAction, postAction } from "./server-actions";

// Bodies over the limits: the import routes (10 MB) refuse the whole file, whether its size is declared
// or only found while reading, and writes nothing; a server action over Next's 1 MB does not run.
const MB = 1024 * 1024;
const TOO_BIG = "The file is larger than 10 MB: split it into smaller files (each with the header row).";

/** Valid rows of our layout, over 10 MB in all: a server that kept only the first 10 MB would find rows to import. */
function csvOver10Mb() {
  const header = "occurred_at,position_text,rescued,narrative\n";
  const row = (i: number) => `2016-10-25T08:00:00Z,"33.3, 12.7",5,Oversized upload row ${i} ${"x".repeat(480)}\n`;
  const rows: string[] = [];
  for (let i = 0, size = header.length; size <= 10.2 * MB; i++) size += (rows[i] = row(i)).length;
  return header + rows.join("");
}

async function writes(world: HttpWorld) {
  const { rows } = await world.db.query(
    `SELECT (SELECT count(*)::int FROM "Incident" WHERE "organizationId" = $1) AS incidents,
            (SELECT count(*)::int FROM "AuditEvent" WHERE "organizationId" = $1 AND action = 'IMPORT') AS imports,
            (SELECT count(*)::int FROM "ImportJob" WHERE "organizationId" = $1) AS jobs`, [world.own.id]);
  return rows[0] as { incidents: number; imports: number; jobs: number };
}

/** Large files in the import folder (`npm test` gives each run its own): other tests' uploads are small. */
const largeImportFiles = () => {
  const dir = process.env.IMPORT_DIR!;
  return existsSync(dir) ? readdirSync(dir).filter((name) => (statSync(path.join(dir, name), { throwIfNoEntry: false })?.size ?? 0) > MB) : [];
};

/**
 * Posts a body in 64 kB chunks without Content-Length, on a connection of its own (`agent: false`): a server that
 * answers before reading a whole body leaves its connection unfit for another request, which a shared pool would reuse.
 */
function postChunked(url: string, headers: Record<string, string>, body: Buffer) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const request = http.request(url, { method: "POST", headers, agent: false }, (response) => {
      let text = "";
      response.setEncoding("utf8").on("data", (chunk) => (text += chunk)).on("end", () => resolve({ status: response.statusCode!, text }));
    });
    request.on("error", reject);
    let sent = 0;
    const next = () => {
      while (sent < body.length) if (!request.write(body.subarray(sent, (sent += 64 * 1024)))) return void request.once("drain", next);
      request.end();
    };
    next();
  });
}

let world: HttpWorld;
test.beforeAll(async () => {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  world = await createHttpWorld(db);
});
test.afterAll(() => world.db.end());

// The import run at once (for scripts) and the import page's background jobs take files the same way.
const ROUTES = [
  { path: "/import/upload?commit=1", small: "/import/upload?commit=0", answer: { ok: true, data: { committed: false } } },
  { path: "/import/files?allOrNothing=1", small: "/import/files", answer: { ok: true, data: { id: expect.any(String) } } },
];

for (const route of ROUTES) {
  test(`${route.path.split("?")[0]} refuses a file over 10 MB, declared or streamed, writes and keeps nothing and keeps serving`, async ({ playwright, baseURL }) => {
    const state = await signInState(playwright.request, baseURL!, world.emails.COORDINATOR);
    const request = await playwright.request.newContext({ baseURL, storageState: state });
    const before = await writes(world);
    const body = Buffer.from(csvOver10Mb());
    const headers = { "X-File-Name": "oversized.csv", "Content-Type": "text/csv" };

    const declared = await request.post(route.path, { headers, data: body });
    expect(declared.status()).toBe(413);
    expect(await declared.text()).toBe(TOO_BIG);

    // Without Content-Length (chunked), as scripts and proxies may send it: the limit is found while reading.
    const streamed = await postChunked(`${baseURL}${route.path}`, { ...headers, cookie: state.cookies.map((c) => `${c.name}=${c.value}`).join("; ") }, body);
    expect(streamed).toEqual({ status: 413, text: TOO_BIG });

    expect(await writes(world)).toEqual(before);
    expect(largeImportFiles()).toEqual([]);
    expect((await request.get("/api/health")).status()).toBe(200);
    const small = await request.post(route.small, { headers, data: body.subarray(0, body.indexOf("\n", 1000) + 1) });
    expect(await small.json()).toMatchObject(route.answer);
    await request.dispose();
  });
}

test("a server action over Next's 1 MB body limit does not run", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL, storageState: await signInState(playwright.request, baseURL!, world.emails.FIELD) });
  const incident = await createIncidentIn(world, "own", "DRAFT");
  const before = await incidentState(world.db, incident.id);
  // The action ignores arguments past its own; only the body's size differs between the two calls.
  const submit = (padding: number) => [incident.id, "submit", null, "x".repeat(padding)];

  const refused = await postAction(request, baseURL!, "incidents", "changeIncidentStatusAction", submit(1.1 * MB), incident.id);
  expect(refused.ok()).toBe(false);
  expect(await incidentState(world.db, incident.id)).toEqual(before);
  expect(await callAction(request, baseURL!, "incidents", "changeIncidentStatusAction", submit(1000), incident.id)).toMatchObject({ ok: true });
  expect((await incidentState(world.db, incident.id)).status).toBe("SUBMITTED");
  await request.dispose();
});
