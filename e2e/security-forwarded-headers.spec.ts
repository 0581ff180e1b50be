import { type APIRequestContext, expect, test } from "@playwright/test";
import pg from "pg";
import { createHttpWorld, createIncidentIn, incidentState, signInState } from "./access-world";
import { startOwnServer } from "./own-server";
import { entryOf, postAction } from "./server-actions";

// X-Forwarded-Host, X-Forwarded-Proto and Forwarded tell where a request came from only when a proxy in
// front of the app sets them: any client can send them too. The app believes them only with TRUST_PROXY=1.
const FORGED = { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https", Forwarded: "host=evil.example;proto=https" };

/** Where next-auth sends the browser after signing out: built from the origin it believes the request has. */
async function signOutUrl(request: APIRequestContext, headers: Record<string, string>) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/sign-in", json: "true" }, headers, maxRedirects: 0 });
  return ((await response.json()) as { url: string }).url;
}

const hsts = async (request: APIRequestContext, headers: Record<string, string>) =>
  (await request.get("/sign-in", { headers })).headers()["strict-transport-security"];

test("without TRUST_PROXY, forged forwarded headers move neither next-auth's URLs nor HSTS", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  expect(await signOutUrl(request, FORGED)).toBe(`${baseURL}/sign-in`);
  expect(await hsts(request, FORGED)).toBeUndefined();
  await request.dispose();
});

test("an action posted with forged forwarded headers to a path the proxy does not see does not run either", async ({ playwright, baseURL }) => {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const world = await createHttpWorld(db);
  const request = await playwright.request.newContext({ baseURL, storageState: await signInState(playwright.request, baseURL!, world.emails.FIELD) });
  const incident = await createIncidentIn(world, "own", "DRAFT");
  const before = await incidentState(db, incident.id);
  const { id } = entryOf("lib/actions/incidents.ts", "changeIncidentStatusAction");
  const headers = { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: "https://evil.example", ...FORGED };
  for (const path of ["/import/upload", "/import/files", "/api/health", "/icon.svg", "/favicon.ico", "/_next/static/x.js", "/_next/image", "/no-such-page"]) {
    await request.post(path, { headers, data: JSON.stringify([incident.id, "submit"]), maxRedirects: 0 });
    expect(await incidentState(db, incident.id), path).toEqual(before);
  }
  await request.dispose();
  await db.end();
});

test("with TRUST_PROXY=1 the proxy's forwarded headers count: actions from its public origin run, HSTS and next-auth follow it", async ({ playwright }) => {
  test.setTimeout(90_000);
  const server = await startOwnServer({ TRUST_PROXY: "1" });
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const world = await createHttpWorld(db);
    const request = await playwright.request.newContext({ baseURL: server.baseURL, storageState: await signInState(playwright.request, server.baseURL, world.emails.FIELD) });
    const incident = await createIncidentIn(world, "own", "DRAFT");
    const proxied = { "X-Forwarded-Host": "ledger.example", "X-Forwarded-Proto": "https" };
    const submit = (headers: Record<string, string>) => postAction(request, server.baseURL, "incidents", "changeIncidentStatusAction", [incident.id, "submit"], incident.id, headers);

    const before = await incidentState(db, incident.id);
    // The proxy's public host counts, not the address the proxy itself reached the app by.
    for (const origin of ["https://evil.example", server.baseURL]) {
      expect((await submit({ Origin: origin, ...proxied })).status(), origin).toBe(500);
      expect(await incidentState(db, incident.id), origin).toEqual(before);
    }
    expect((await submit({ Origin: "https://ledger.example", ...proxied })).status()).toBe(200);
    expect((await incidentState(db, incident.id)).status).toBe("SUBMITTED");

    expect(await signOutUrl(request, proxied)).toBe("https://ledger.example/sign-in");
    expect(await hsts(request, proxied)).toContain("max-age=");
    expect(await hsts(request, { ...proxied, "X-Forwarded-Proto": "http" })).toBeUndefined();
    await request.dispose();
  } finally {
    await db.end();
    await server.stop();
  }
});
