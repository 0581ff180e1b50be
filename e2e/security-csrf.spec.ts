import { expect, test } from "@playwright/test";
import pg from "pg";
import { createHttpWorld, createIncidentIn, incidentState, signInState } from "./access-world";
import { callAction, postAction } from "./server-actions";
import { createMember, PASSWORD, withDb } from "./security-world";

// Requests made with a signed-in user's cookies on behalf of another site: server actions check the
// Origin, the import route needs a header no cross-site form can send, next-auth's sign-in its CSRF token.
const EVIL = "http://evil.example";

test("a signed-in server action from another origin is refused and changes nothing; from the app's origin it runs", async ({ playwright, baseURL }) => {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const world = await createHttpWorld(db);
  const request = await playwright.request.newContext({ baseURL, storageState: await signInState(playwright.request, baseURL!, world.emails.FIELD) });
  const incident = await createIncidentIn(world, "own", "DRAFT");
  const before = await incidentState(db, incident.id);
  const submit = (headers: Record<string, string>) => postAction(request, baseURL!, "incidents", "changeIncidentStatusAction", [incident.id, "submit"], incident.id, headers);

  const foreign: Record<string, string>[] = [
    { Origin: "https://evil.example" }, { Origin: "null" }, { Origin: baseURL!, Host: "evil.example" },
    // Forwarded headers that agree with the forged Origin: believed only from a proxy the operator declares
    // (TRUST_PROXY, security-forwarded-headers.spec.ts); without one they are dropped and the Host counts.
    { Origin: "https://evil.example", "X-Forwarded-Host": "evil.example" },
    { Origin: "https://evil.example", "X-Forwarded-Host": "evil.example, ledger.example", "X-Forwarded-Proto": "https" },
    { Origin: "https://evil.example", Forwarded: "host=evil.example;proto=https" },
  ];
  for (const headers of foreign) {
    const response = await submit(headers);
    expect(response.status(), JSON.stringify(headers)).toBe(500);
    expect(await incidentState(db, incident.id), JSON.stringify(headers)).toEqual(before);
  }
  expect(await callAction(request, baseURL!, "incidents", "changeIncidentStatusAction", [incident.id, "submit"], incident.id)).toMatchObject({ ok: true });
  expect((await incidentState(db, incident.id)).status).toBe("SUBMITTED");
  await request.dispose();
  await db.end();
});

test("a page on another site cannot make the signed-in user's browser import a file", async ({ browser, baseURL }) => {
  const member = await withDb((db) => createMember(db));
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Incidents" })).toBeVisible();

  const csv = `occurred_at,position_text,rescued,narrative\n2016-10-25T08:00:00Z,"33.3, 12.7",5,Cross-site import ${member.organizationId}\n`;
  // The import run at once and the import page's upload to a background job.
  for (const upload of [`${baseURL}/import/upload?commit=1`, `${baseURL}/import/files`]) {
    await context.route(`${EVIL}/**`, (route) => route.fulfill({
      contentType: "text/html",
      body: `<form id="plain" method="post" enctype="text/plain" action="${upload}"><input name="${csv}" value=""></form>`,
    }));
    await page.goto(`${EVIL}/`);
    // A script may send the file with the header the import needs, but only after a preflight the app does not allow.
    const fetched = await page.evaluate(async ([url, body]) => {
      try {
        const response = await fetch(url, { method: "POST", credentials: "include", headers: { "X-File-Name": "evil.csv", "Content-Type": "text/csv" }, body });
        return `answered ${response.status}`;
      } catch (error) {
        return `refused: ${(error as Error).message}`;
      }
    }, [upload, csv]);
    expect(fetched).toMatch(/^refused/);
    // A form may post cross-site, but without the session cookie (SameSite=Lax) and without the header.
    await page.locator("#plain").evaluate((form: HTMLFormElement) => form.submit());
    await expect(page.getByText("Your session has ended")).toBeVisible();
    await page.goto("/incidents");
  }
  const { rows } = await withDb((db) => db.query(
    `SELECT (SELECT count(*)::int FROM "Incident" WHERE "organizationId" = $1) + (SELECT count(*)::int FROM "ImportJob" WHERE "organizationId" = $1) AS n`, [member.organizationId]));
  expect(rows[0].n).toBe(0);
});

test("next-auth's sign-in refuses credentials posted without its CSRF token", async ({ playwright, baseURL }) => {
  const member = await withDb((db) => createMember(db));
  const hasSession = async (form: Record<string, string>, csrfFrom: "same" | "other" | "none") => {
    const request = await playwright.request.newContext({ baseURL });
    const other = await playwright.request.newContext({ baseURL });
    const tokenOf = async (context: typeof request) => ((await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
    const csrfToken = csrfFrom === "none" ? undefined : await tokenOf(csrfFrom === "same" ? request : other);
    await request.post("/api/auth/callback/credentials", { form: { ...form, ...(csrfToken && { csrfToken }), json: "true" }, maxRedirects: 0 });
    const cookies = (await request.storageState()).cookies.map((c) => c.name);
    await Promise.all([request.dispose(), other.dispose()]);
    return cookies.includes("next-auth.session-token");
  };
  const credentials = { email: member.email, password: PASSWORD };
  expect(await hasSession(credentials, "none")).toBe(false);
  expect(await hasSession(credentials, "other")).toBe(false);
  expect(await hasSession(credentials, "same")).toBe(true);
});
