import { startWorker } from "../lib/jobs/worker";

// The background jobs' process (the retention purge), spawned by scripts/start.ts beside the web server. A
// process of its own rather than Next's instrumentation register(): Next offers no hook to end a job cleanly at
// shutdown and handles SIGTERM itself, while this process lets the job in hand finish and exits before
// start.ts stops the database.
async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: the worker is started by `npm start` or `npm run dev`.");
  const runner = await startWorker(databaseUrl);
  console.log("✓ Background worker ready");
  let stopping: Promise<void> | undefined;
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void (stopping ??= runner.stop()));
  await runner.promise;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("✗ The background worker stopped:", error);
    process.exit(1);
  },
);
