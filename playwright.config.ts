import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_AUTH_SECRET } from "./e2e/server-secret";

// Run through `npm test`, which starts a throwaway PostgreSQL, builds the app and sets DATABASE_URL and E2E_PORT.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
if (!process.env.DATABASE_URL) throw new Error("Run the end-to-end tests with `npm test`: it provides the test database.");

// Debian's Chromium where installed (no browser downloads offline); Playwright's own browser otherwise.
const systemChromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    }
  : {};

// What the web server and the worker share: the database, and the folder of uploaded import files.
const serverEnv = { DATABASE_URL: process.env.DATABASE_URL, IMPORT_DIR: process.env.IMPORT_DIR ?? "", NEXT_TELEMETRY_DISABLED: "1" };

// Runs building into their own folder (NEXT_DIST_DIR) also keep their own results, so they can run at once.
const outputDir = `test-results${process.env.NEXT_DIST_DIR ? `-${process.env.NEXT_DIST_DIR.replace(/^\./, "")}` : ""}`;

export default defineConfig({
  testDir: "e2e",
  outputDir,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A hang guard, not a measure: a 2-core CI machine under load takes longer than the 30 s default on the longest walks.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json"]],
  use: { baseURL, trace: "retain-on-failure", launchOptions },
  projects: [
    { name: "setup", testMatch: /global\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions }, dependencies: ["setup"] },
  ],
  webServer: [{
    // Idle connections outlive any pause in a test: otherwise a request sent on a kept-alive socket just as
    // the server closes it (after Node's default 5 s) fails with ECONNRESET, and API requests do not retry.
    command: `node_modules/.bin/next start --port ${port} --keepAliveTimeout 65000`,
    url: `${baseURL}/sign-in`,
    reuseExistingServer: false,
    timeout: 60_000,
    // No NEXTAUTH_URL, as with `npm start`: the app answers under any address (e2e/any-address.spec.ts).
    env: { ...serverEnv, AUTH_SECRET: E2E_AUTH_SECRET },
  }, {
    // The background jobs (imports), as `npm start` runs them beside the web server.
    command: "node_modules/.bin/tsx --conditions=react-server scripts/worker.ts",
    wait: { stdout: /Background worker ready/ },
    reuseExistingServer: false,
    timeout: 60_000,
    env: serverEnv,
  }],
});
