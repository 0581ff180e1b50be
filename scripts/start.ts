import { spawn, type ChildProcess } from "node:child_process";
import { buildIfNeeded } from "./lib/build";
import { migrate, openDatabase, type Database } from "./lib/database";
import { localSecret } from "./lib/local-secrets";
import { isPortFree } from "./lib/postgres";
import { localNetworkUrls } from "./lib/network-urls";
import { printDemoSignIns } from "./lib/print-sign-ins";
import { seedDemoOnce } from "./lib/seed-demo";
import { UserFacingError } from "./lib/user-facing-error";
import { waitForHttp } from "./lib/wait-for-http";

const SHUTDOWN_GRACE_MS = 10_000;

async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS))]);
}

// `npm start` (production build) and `npm run dev` (hot reload) share everything but the Next command.
export async function serve(mode: "start" | "dev") {
  const startedAt = performance.now();
  const port = Number(process.env.PORT ?? 3000);
  let database: Database | undefined;
  let web: ChildProcess | undefined;
  let worker: ChildProcess | undefined;
  let isStopping = false;
  const stop = async (code: number) => {
    if (isStopping) return;
    isStopping = true;
    // Next finishes the requests in flight on SIGTERM, the worker its job in hand; the database must outlive them.
    await Promise.all([web, worker].map((child) => child && stopChild(child)));
    await database?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    if (!(await isPortFree(port))) throw new UserFacingError(`Port ${port} is already in use: stop what is using it, or set PORT to another port.`);
    database = await openDatabase();
    await migrate(database.url);
    const isDemo = database.isEmbedded || process.env.SEED_DEMO === "1";
    if (isDemo && (await seedDemoOnce(database.url))) console.log("✓ Seeded the demo data");
    if (mode === "start") buildIfNeeded();
    const url = `http://localhost:${port}`;
    // No NEXTAUTH_URL: the app answers under whatever address it is reached by (README, Configuration).
    const env = { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: process.env.AUTH_SECRET ?? localSecret("auth-secret"), NEXT_TELEMETRY_DISABLED: "1" };
    // Next listens on every network interface unless told otherwise, so other devices can reach it.
    web = spawn("node_modules/.bin/next", [mode, "--port", String(port)], { stdio: ["ignore", "inherit", "inherit"], env });
    web.on("exit", (code) => void stop(isStopping ? 0 : (code ?? 1)));
    // The scheduled jobs (scripts/worker.ts): the app does not run without them, as a purge must not silently stop.
    worker = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/worker.ts"], { stdio: ["ignore", "inherit", "inherit"], env });
    worker.on("exit", (code) => void stop(isStopping ? 0 : (code ?? 1)));
    await waitForHttp(`${url}/sign-in`, web);
    console.log(`\n✓ Rescue Ledger is ready at ${url} (${((performance.now() - startedAt) / 1000).toFixed(1)} s)`);
    for (const address of localNetworkUrls(port)) console.log(`  other devices on this network: ${address}`);
    if (isDemo) printDemoSignIns();
    console.log("Press Ctrl-C to stop.\n");
  } catch (error) {
    console.error(`\n✗ ${error instanceof UserFacingError ? error.message : error}`);
    if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
    await stop(1);
  }
}

if (require.main === module) void serve("start");
