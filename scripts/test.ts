import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildIfNeeded } from "./lib/build";
import { migrate } from "./lib/database";
import { ensureDatabase, freePort, startEmbeddedPostgres } from "./lib/postgres";
import { seedDemoOnce } from "./lib/seed-demo";
import { runScript } from "./lib/run-script";

// `npm test`: a throwaway PostgreSQL, a migrated and seeded test database, every suite, one total.
// Extra arguments go to both runners' file filters, e.g. `npm test -- incidents`; `--no-e2e` skips the
// build and the browser tests.
type Totals = { passed: number; failed: number; skipped: number };

/** Runs one suite and reads its totals; a suite that fails without a failed test (it crashed) counts as one failure. */
function runSuite(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, totalsOf: () => Totals): Totals {
  console.log(`\n━━ ${name} ━━`);
  const isOk = spawnSync(command, args, { stdio: "inherit", env }).status === 0;
  const totals = totalsOf();
  if (!isOk && totals.failed === 0) {
    console.error(`✗ ${name} failed before or outside its tests: see the output above.`);
    return { ...totals, failed: 1 };
  }
  return totals;
}

function readJson(file: string) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

function vitestTotals(file: string): Totals {
  const report = readJson(file);
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightTotals(file: string): Totals {
  const stats = readJson(file)?.stats;
  if (!stats) return { passed: 0, failed: 1, skipped: 0 };
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

async function main() {
  const workDir = mkdtempSync(path.join(tmpdir(), "rescue-ledger-test-"));
  const server = await startEmbeddedPostgres({ dataDir: path.join(workDir, "pg"), port: await freePort(), password: "test", persistent: false });
  try {
    await ensureDatabase(server.url("postgres"), "rescue_ledger_test");
    const url = server.url("rescue_ledger_test");
    await migrate(url);
    await seedDemoOnce(url);
    const args = process.argv.slice(2);
    const isE2e = !args.includes("--no-e2e");
    const filters = args.filter((arg) => arg !== "--no-e2e");
    // Uploaded import files of this run only (lib/data/import/jobs/import-files.ts), deleted with it.
    const env = { ...process.env, DATABASE_URL: url, TEST_ADMIN_URL: server.url("postgres"), NEXT_TELEMETRY_DISABLED: "1", IMPORT_DIR: path.join(workDir, "imports") };

    const unitReport = path.join(workDir, "vitest.json");
    const vitestArgs = ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${unitReport}`, ...(filters.length ? ["--passWithNoTests", ...filters] : [])];
    const suites = [runSuite("unit and integration (vitest)", "node_modules/.bin/vitest", vitestArgs, env, () => vitestTotals(unitReport))];
    if (isE2e) {
      buildIfNeeded();
      const e2eReport = path.join(workDir, "playwright.json");
      const e2eEnv = { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport, E2E_PORT: String(await freePort()) };
      suites.push(runSuite("end-to-end (Playwright)", "node_modules/.bin/playwright", ["test", ...filters], e2eEnv, () => playwrightTotals(e2eReport)));
    }
    const total = suites.reduce((sum, t) => ({ passed: sum.passed + t.passed, failed: sum.failed + t.failed, skipped: sum.skipped + t.skipped }));
    console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
    return total.failed === 0 ? 0 : 1;
  } finally {
    await server.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

runScript(main);
