import type { ChildProcess } from "node:child_process";
import { UserFacingError } from "./user-facing-error";

/** Resolves once url answers; fails if the server process exits first or after timeoutMs. */
export async function waitForHttp(url: string, server: ChildProcess, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new UserFacingError(`The web server stopped (exit code ${server.exitCode}): see its output above.`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new UserFacingError(`The web server did not answer at ${url} within ${timeoutMs / 1000} s.`);
}
