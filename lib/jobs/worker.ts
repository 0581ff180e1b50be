import "server-only";
import { run, type Runner } from "graphile-worker";
import { CRONTAB, taskList } from "./tasks";

/**
 * Starts the background worker on the app's database: graphile-worker creates or upgrades its own schema
 * (`graphile_worker`, which our drift check does not look at) and then runs the crontab's jobs. Several app
 * instances may each run one: a job runs once, and each hour's cron slot is taken by one of them.
 */
export function startWorker(connectionString: string): Promise<Runner> {
  return run({ connectionString, concurrency: 1, maxPoolSize: 3, noHandleSignals: true, taskList: taskList(), crontab: CRONTAB });
}
