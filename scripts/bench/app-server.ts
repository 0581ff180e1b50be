import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { buildIfNeeded } from "../lib/build";
import { freePort } from "../lib/postgres";
import { waitForHttp } from "../lib/wait-for-http";

/** The production build served by `next start` against the bench database (with `extraEnv` on top). */
export async function startApp(databaseUrl: string, extraEnv: Record<string, string> = {}) {
  buildIfNeeded();
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const env = { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: randomBytes(32).toString("hex"), NEXTAUTH_URL: baseUrl, NEXT_TELEMETRY_DISABLED: "1", ...extraEnv };
  const web = spawn("node_modules/.bin/next", ["start", "--port", String(port)], { stdio: ["ignore", "ignore", "inherit"], env });
  await waitForHttp(`${baseUrl}/sign-in`, web);
  return { baseUrl, pid: web.pid!, stop: () => web.kill("SIGTERM") };
}

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(";")[0]);

/** Signs in through next-auth's credentials endpoint, as the sign-in form does; returns the Cookie header. */
export async function signIn(baseUrl: string, email: string, password: string) {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const cookies = cookiesOf(response);
  if (!cookies.some((c) => c.includes("session-token"))) throw new Error(`Could not sign in as ${email} (HTTP ${response.status}).`);
  return cookies.join("; ");
}

/** Fetches a page and reads the whole streamed body; fails unless it is a 200 containing `expect`. */
export async function fetchPage(baseUrl: string, path: string, cookie: string, expect: string) {
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200 || !body.includes(expect)) throw new Error(`GET ${path} answered ${response.status} without "${expect}".`);
  return body.length;
}
