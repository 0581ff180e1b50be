import { expect, test } from "@playwright/test";
import pg from "pg";
import { createHttpWorld, createIncidentIn, type HttpWorld, incidentState, signInState } from "./access-world";
import { callAction, postAction } from "./server-actions";

// Bodies over the limits: the import route (10 MB) refuses the whole file, whether its size is declared
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
            (SELECT count(*)::int FROM "AuditEvent" WHERE "organizationId" = $1 AND action = 'IMPORT') AS imports`, [world.own.id]);
  return rows[0] as { incidents: number; imports: number };
}

let world: HttpWorld;
test.beforeAll(async () => {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  world = await createHttpWorld(db);
});
test.afterAll(() => world.db.end());

test("the import refuses a file over 10 MB, declared or streamed, writes nothing and keeps serving", async ({ playwright, baseURL }) => {
  const state = await signInState(playwright.request, baseURL!, world.emails.COORDINATOR);
  const request = await playwright.request.newContext({ baseURL, storageState: state });
  const before = await writes(world);
  const body = Buffer.from(csvOver10Mb());
  const headers = { "X-File-Name": "oversized.csv", "Content-Type": "text/csv" };

  const declared = await request.post("/import/upload?commit=1", { headers, data: body });
  expect(declared.status()).toBe(413);
  expect(await declared.text()).toBe(TOO_BIG);

  // Without Content-Length (chunked), as scripts and proxies may send it: the limit is found while reading.
  const cookie = state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= body.length) return controller.close();
      controller.enqueue(body.subarray(sent, (sent += 64 * 1024)));
    },
  });
  const streamed = await fetch(`${baseURL}/import/upload?commit=1`, { method: "POST", headers: { ...headers, cookie }, body: stream, duplex: "half" } as RequestInit);
  expect(streamed.status).toBe(413);
  expect(await streamed.text()).toBe(TOO_BIG);

  expect(await writes(world)).toEqual(before);
  expect((await request.get("/api/health")).status()).toBe(200);
  const small = await request.post("/import/upload?commit=0", { headers, data: body.subarray(0, body.indexOf("\n", 1000) + 1) });
  expect(await small.json()).toMatchObject({ ok: true, data: { committed: false } });
  await request.dispose();
});

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
