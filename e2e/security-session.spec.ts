import { randomUUID } from "node:crypto";
import { type BrowserContext, expect, test } from "@playwright/test";
import { decode, encode } from "next-auth/jwt";
import { signIn } from "./fixtures";
import { AUTH_SECRET, createMember, type Member, PASSWORD, withDb } from "./security-world";

// Session fixation, expiry and sign-out with next-auth's JWT sessions. The session cookie is the token.
const COOKIE = "next-auth.session-token";
const MINUTE = 60;
const HOUR = 60 * MINUTE;
const EIGHT_HOURS = 8 * HOUR;

async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name === COOKIE);
}

async function signInAs(context: BrowserContext, member: Member) {
  const page = await context.newPage();
  await signIn(page, member.email, PASSWORD);
  await expect(page.getByRole("heading", { name: "Incidents" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText(member.name);
  return page;
}

const plant = (context: BrowserContext, baseURL: string, value: string) => context.addCookies([{ name: COOKIE, value, url: baseURL }]);

test("a session cookie set before sign-in is refused and replaced by a fresh token at sign-in", async ({ browser, baseURL }) => {
  const [victim, attacker] = await withDb(async (db) => [await createMember(db), await createMember(db)]);
  const context = await browser.newContext({ baseURL });
  await plant(context, baseURL!, "attacker-chosen-session-value");
  const page = await context.newPage();
  await page.goto("/incidents");
  await expect(page).toHaveURL(/\/sign-in/);

  // The attacker's own valid token, planted in the victim's browser, is replaced when the victim signs in.
  const attackerContext = await browser.newContext({ baseURL });
  await signInAs(attackerContext, attacker);
  const attackerToken = (await sessionCookie(attackerContext))!.value;
  await plant(context, baseURL!, attackerToken);
  await signInAs(context, victim);
  const issued = (await sessionCookie(context))!.value;
  expect(issued).not.toBe(attackerToken);
  expect((await decode({ token: issued, secret: AUTH_SECRET }))?.sub).toBe(victim.id);
});

test("the session cookie is HttpOnly, SameSite=Lax and its token lives 8 hours", async ({ browser, baseURL }) => {
  const member = await withDb((db) => createMember(db));
  const context = await browser.newContext({ baseURL });
  const signedInAt = Date.now() / 1000;
  await signInAs(context, member);
  const cookie = (await sessionCookie(context))!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  expect(cookie.expires).toBeLessThanOrEqual(signedInAt + EIGHT_HOURS + 60);
  const token = (await decode({ token: cookie.value, secret: AUTH_SECRET }))!;
  expect(Number(token.exp) - Number(token.iat)).toBe(EIGHT_HOURS);
});

test("a token past the 8-hour limit, or signed with another secret, is refused and leads to sign-in", async ({ browser, baseURL }) => {
  const member = await withDb((db) => createMember(db));
  const claims = { sub: member.id, name: member.name, email: member.email, tokenVersion: 0 };
  const visit = async (token: string) => {
    const context = await browser.newContext({ baseURL });
    await plant(context, baseURL!, token);
    const page = await context.newPage();
    await page.goto("/incidents");
    return page;
  };
  const secret = AUTH_SECRET;

  const fresh = await visit(await encode({ token: claims, secret, maxAge: EIGHT_HOURS }));
  await expect(fresh.getByRole("banner")).toContainText(member.name);
  const expired = await visit(await encode({ token: claims, secret, maxAge: -60 }));
  await expect(expired).toHaveURL(/\/sign-in\?callbackUrl=%2Fincidents/);
  await expect(expired.getByRole("button", { name: "Sign in" })).toBeVisible();
  const forged = await visit(await encode({ token: claims, secret: `${secret}-guessed`, maxAge: EIGHT_HOURS }));
  await expect(forged).toHaveURL(/\/sign-in/);
});

test("after sign-in the user is sent only to a path on this site", async ({ browser, baseURL }) => {
  const member = await withDb((db) => createMember(db));
  const context = await browser.newContext({ baseURL });
  await context.route(/^https?:\/\/evil\.example\//, (route) => route.fulfill({ contentType: "text/html", body: "<h1>Evil</h1>" }));
  const page = await context.newPage();
  // Dot-segments the URL parser removes, leaving a path that the browser reads as another site ("//evil.example/phish").
  const dotSegments = ["/.//evil.example/phish", "/..//evil.example/phish", "/%2e%2e//evil.example/phish", "/./\\evil.example/phish"];
  for (const callbackUrl of ["/\\evil.example", "/\t/evil.example", "//evil.example", ...dotSegments]) {
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await page.getByLabel("Email").fill(member.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Incidents" }), callbackUrl).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    await context.clearCookies();
  }
  const repeated = await page.goto("/sign-in?callbackUrl=/audit&callbackUrl=/dashboard");
  expect(repeated?.status()).toBe(200);
});

test("a token copied before sign-out no longer works after it", async ({ browser, baseURL }) => {
  const member = await withDb((db) => createMember(db));
  const context = await browser.newContext({ baseURL });
  const page = await signInAs(context, member);
  const copied = (await sessionCookie(context))!.value;
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await sessionCookie(context)).toBeUndefined();

  const thief = await browser.newContext({ baseURL });
  await plant(thief, baseURL!, copied);
  const stolen = await thief.newPage();
  await stolen.goto("/incidents");
  await expect(stolen).toHaveURL(/\/sign-in/, { timeout: 3_000 });
  // next-auth's own session endpoint refuses it too, and tells the browser to drop it.
  const session = await thief.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
  expect(session.headers()["set-cookie"]).toMatch(new RegExp(`^${COOKIE}=;`, "m"));
  expect(await sessionCookie(thief)).toBeUndefined();
});

test("next-auth's session endpoint answers only for a token the pages accept", async ({ playwright, baseURL }) => {
  const [kept, roleChanged, deactivated, signedOut] = await withDb(async (db) => [await createMember(db), await createMember(db), await createMember(db), await createMember(db)]);
  const secret = AUTH_SECRET;
  const tokenOf = (member: Member, maxAge = EIGHT_HOURS) => encode({
    token: { sub: member.id, name: member.name, email: member.email, tokenVersion: 0, sid: randomUUID(), signedInAt: Math.floor(Date.now() / 1000) }, secret, maxAge,
  });
  const tokens = { kept: await tokenOf(kept), roleChanged: await tokenOf(roleChanged), deactivated: await tokenOf(deactivated), signedOut: await tokenOf(signedOut), expired: await tokenOf(kept, -60) };
  await withDb(async (db) => {
    await db.query(`UPDATE "User" SET role = 'FIELD', "tokenVersion" = "tokenVersion" + 1 WHERE id = $1`, [roleChanged.id]);
    await db.query(`UPDATE "User" SET "isActive" = false, "tokenVersion" = "tokenVersion" + 1 WHERE id = $1`, [deactivated.id]);
    const { sid } = (await decode({ token: tokens.signedOut, secret }))!;
    await db.query(`INSERT INTO "RevokedSession" ("sessionId", "userId", "expiresAt") VALUES ($1, $2, now() + interval '1 day')`, [sid, signedOut.id]);
  });
  const request = await playwright.request.newContext({ baseURL });
  const sessionWith = async (token: string) => (await request.get("/api/auth/session", { headers: { cookie: `${COOKIE}=${token}` } })).json();

  expect(await sessionWith(tokens.kept)).toMatchObject({ user: { name: kept.name, email: kept.email } });
  for (const refused of ["roleChanged", "deactivated", "signedOut", "expired"] as const) expect(await sessionWith(tokens[refused]), refused).toEqual({});
  await request.dispose();
});

test("a request re-issues the token for 8 more hours, but never past 24 hours after sign-in", async ({ browser, baseURL }) => {
  const member = await withDb((db) => createMember(db));
  const secret = AUTH_SECRET;
  const now = () => Math.floor(Date.now() / 1000);
  const session = (claims: object, expiresIn: number) =>
    encode({ token: { sub: member.id, name: member.name, email: member.email, tokenVersion: 0, ...claims }, secret, maxAge: expiresIn });
  // A session signed in `ago` seconds before, last re-issued so that it has `expiresIn` seconds left.
  const signedIn = (ago: number, expiresIn: number) => session({ sid: randomUUID(), signedInAt: now() - ago }, expiresIn);
  const visit = async (token: string) => {
    const context = await browser.newContext({ baseURL });
    await plant(context, baseURL!, token);
    const page = await context.newPage();
    await page.goto("/incidents");
    return { context, page };
  };
  const tokenIn = async (context: BrowserContext) => (await decode({ token: (await sessionCookie(context))!.value, secret }))!;

  // Last used 7 h 55 min ago: the visit moves the end of the session to 8 hours from now.
  const idle = await signedIn(7 * HOUR + 55 * MINUTE, 5 * MINUTE);
  const { context, page } = await visit(idle);
  await expect(page.getByRole("banner")).toContainText(member.name);
  const renewed = (await sessionCookie(context))!;
  expect(renewed.value).not.toBe(idle);
  expect(renewed).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  expect(Math.abs(renewed.expires - (now() + EIGHT_HOURS))).toBeLessThan(MINUTE);
  const [before, after] = [(await decode({ token: idle, secret }))!, await tokenIn(context)];
  expect(Math.abs(Number(after.exp) - (now() + EIGHT_HOURS))).toBeLessThan(MINUTE);
  expect(after).toMatchObject({ sub: member.id, sid: before.sid, signedInAt: before.signedInAt, tokenVersion: 0 });
  // A token just issued is left alone, so most responses carry no new cookie.
  await page.goto("/dashboard");
  expect((await sessionCookie(context))!.value).toBe(renewed.value);

  // 23 hours after sign-in the session gets only its last hour, from the proxy and from next-auth's own endpoint.
  const late = await signedIn(23 * HOUR, 5 * MINUTE);
  const limit = Number((await decode({ token: late, secret }))!.signedInAt) + 24 * HOUR;
  const lateVisit = await visit(late);
  await expect(lateVisit.page.getByRole("banner")).toContainText(member.name);
  expect((await sessionCookie(lateVisit.context))!.value).not.toBe(late);
  expect(Math.abs(Number((await tokenIn(lateVisit.context)).exp) - limit)).toBeLessThanOrEqual(2);
  expect((await lateVisit.page.request.get("/api/auth/session")).ok()).toBe(true);
  expect(Math.abs(Number((await tokenIn(lateVisit.context)).exp) - limit)).toBeLessThanOrEqual(2);

  // Tokens from before sessions had ids keep their expiry; an unused session ends after 8 hours.
  const legacy = await session({}, 5 * MINUTE);
  const legacyVisit = await visit(legacy);
  await expect(legacyVisit.page.getByRole("banner")).toContainText(member.name);
  expect((await sessionCookie(legacyVisit.context))!.value).toBe(legacy);
  const abandoned = await visit(await signedIn(8 * HOUR + MINUTE, -MINUTE));
  await expect(abandoned.page).toHaveURL(/\/sign-in\?callbackUrl=%2Fincidents/);
});
