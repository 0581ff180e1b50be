import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createServer } from "node:net";
import { expect, test } from "@playwright/test";
import { callAction } from "./server-actions";
import { createMember, PASSWORD, withDb } from "./security-world";

// Secrets never reach the server's log: a server of its own (so its output can be read) with a secret
// and a database password of its own, through good and bad sign-ins, password changes, a new user's
// one-time password and forged session cookies.
async function freePort() {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

async function startServer(env: Record<string, string>) {
  const port = await freePort();
  const baseURL = `http://localhost:${port}`;
  const child = spawn("node_modules/.bin/next", ["start", "--port", String(port)], {
    env: { ...process.env, ...env, NEXTAUTH_URL: baseURL, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (chunk) => (log += chunk));
  child.stderr!.on("data", (chunk) => (log += chunk));
  await expect.poll(async () => (await fetch(`${baseURL}/api/health`).catch(() => null))?.status, { timeout: 30_000 }).toBe(200);
  return { baseURL, child, log: () => log };
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  child.kill("SIGTERM");
  await once(child, "exit");
}

async function passwordHashes(emails: string[]) {
  return withDb(async (db) => (await db.query<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE email = ANY($1)`, [emails])).rows.map((r) => r.passwordHash));
}

test("no password, hash, token or secret appears in the server's output", async ({ playwright }) => {
  test.setTimeout(90_000);
  const role = `logs_${randomBytes(4).toString("hex")}`;
  const dbPassword = randomBytes(18).toString("base64url");
  const authSecret = randomBytes(32).toString("base64url");
  const [admin, coordinator] = await withDb(async (db) => {
    // SUPERUSER only so that this role may do whatever the app's own role does, triggers included.
    await db.query(`CREATE ROLE ${role} LOGIN SUPERUSER PASSWORD '${dbPassword}'`);
    return [await createMember(db, "ADMIN"), await createMember(db, "COORDINATOR")];
  });
  const newUser = `log-${role}@e2e.example`;
  const databaseUrl = new URL(process.env.DATABASE_URL!);
  databaseUrl.username = role;
  databaseUrl.password = dbPassword;
  const server = await startServer({ DATABASE_URL: databaseUrl.toString(), AUTH_SECRET: authSecret });
  const secrets = [dbPassword, authSecret, PASSWORD];
  const hashes: string[] = [];
  try {
    const signIn = async (email: string, password: string) => {
      const request = await playwright.request.newContext({ baseURL: server.baseURL });
      const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" }, maxRedirects: 0 });
      return request;
    };
    const wrong = [`wrong-${randomBytes(6).toString("hex")}`, `unknown-${randomBytes(6).toString("hex")}`, `x${"long".repeat(60)}`];
    secrets.push(...wrong);
    await (await signIn(coordinator.email, PASSWORD)).dispose();
    await (await signIn(coordinator.email, wrong[0])).dispose();
    await (await signIn("nobody@e2e.example", wrong[1])).dispose();
    await (await signIn(admin.email, wrong[2])).dispose();

    const session = await signIn(admin.email, PASSWORD);
    const token = (await session.storageState()).cookies.find((c) => c.name === "next-auth.session-token")!.value;
    secrets.push(token);
    const created = await callAction(session, server.baseURL, "users", "createUserAction", [{ name: "Log Check", email: newUser, role: "FIELD" }], admin.id);
    secrets.push((created.data as { oneTimePassword: string }).oneTimePassword);
    hashes.push(...(await passwordHashes([admin.email, coordinator.email, newUser])));
    const newPassword = `new-${randomBytes(9).toString("hex")}`;
    secrets.push(newPassword);
    for (const currentPassword of [wrong[0], PASSWORD]) {
      await callAction(session, server.baseURL, "account", "changePasswordAction", [{ currentPassword, newPassword, confirmPassword: newPassword }], admin.id);
    }
    hashes.push(...(await passwordHashes([admin.email])));
    for (const forged of [`${token.slice(0, -4)}AAAA`, "not-a-token"]) {
      const request = await playwright.request.newContext({ baseURL: server.baseURL, extraHTTPHeaders: { cookie: `next-auth.session-token=${forged}` } });
      await request.get("/incidents", { maxRedirects: 0 });
      // The upload route is outside the proxy: next-auth itself reads the cookie there, and logs the failure.
      await request.post("/import/upload", { headers: { "X-File-Name": "x.csv" }, data: "occurred_at,position_text\n" });
      await request.dispose();
      secrets.push(forged);
    }
    await session.dispose();
  } finally {
    await stop(server.child);
    await withDb((db) => db.query(`DROP ROLE ${role}`));
  }
  expect(new Set(hashes).size, "the admin's password changed").toBe(4);

  const log = server.log();
  expect(log, "the output is captured, the forged tokens' errors included").toContain("JWT_SESSION_ERROR");
  expect(secrets.filter((secret) => log.includes(secret))).toEqual([]);
  // The hash whole, or its last part (the digest) as a log line might cut it.
  expect(hashes.filter((hash) => log.includes(hash) || log.includes(hash.split("$").pop()!))).toEqual([]);
});
