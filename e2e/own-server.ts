import { spawn } from "node:child_process";
import { once } from "node:events";
import { expect } from "@playwright/test";
import { freePort } from "../scripts/lib/postgres";
import { E2E_AUTH_SECRET } from "./server-secret";

/** A `next start` of the current build with settings the shared server does not have; stop() ends it. */
export async function startOwnServer(env: Record<string, string>) {
  const port = await freePort();
  const baseURL = `http://localhost:${port}`;
  const child = spawn("node_modules/.bin/next", ["start", "--port", String(port)], {
    env: { ...process.env, AUTH_SECRET: E2E_AUTH_SECRET, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: "ignore",
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill("SIGTERM");
    await once(child, "exit");
  };
  try {
    await expect.poll(() => fetch(`${baseURL}/api/health`).then((r) => r.status, () => 0), { timeout: 60_000 }).toBe(200);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseURL, stop };
}
