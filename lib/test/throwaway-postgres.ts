import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { deployMigrations } from "@/lib/migrate";
import { ensureDatabase, freePort, type RunningPostgres, startEmbeddedPostgres } from "@/scripts/lib/postgres";

export type ThrowawayPostgres = {
  /** A migrated, empty database on this server. */
  url: string;
  /** Stops the server (fast shutdown: open sessions are ended) keeping its files. */
  stop: () => Promise<void>;
  /** Starts it again on the same port and data folder. */
  start: () => Promise<void>;
  /** Suspends every process of the server (SIGSTOP), so queries hang instead of failing; `thaw` resumes. */
  freeze: () => Promise<void>;
  thaw: () => Promise<void>;
  destroy: () => Promise<void>;
};

async function serverPids(dataDir: string): Promise<number[]> {
  const postmaster = Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
  const children = await readFile(`/proc/${postmaster}/task/${postmaster}/children`, "utf8").catch(() => "");
  return [postmaster, ...children.split(/\s+/).filter(Boolean).map(Number)];
}

/** A PostgreSQL server of its own, for tests that stop, freeze or restart it. */
export async function startThrowawayPostgres(database = "rescue_ledger"): Promise<ThrowawayPostgres> {
  const folder = await mkdtemp(path.join(tmpdir(), "rescue-ledger-outage-"));
  const options = { dataDir: path.join(folder, "data"), port: await freePort(), password: randomBytes(12).toString("hex"), persistent: true };
  let server: RunningPostgres | null = await startEmbeddedPostgres(options);
  let frozen: number[] = [];
  await ensureDatabase(server.url("postgres"), database);
  const url = server.url(database);
  await deployMigrations(url);

  const signal = (pids: number[], name: NodeJS.Signals) => pids.forEach((pid) => process.kill(pid, name));
  const stop = async () => {
    await server?.stop();
    server = null;
  };
  return {
    url,
    stop,
    async start() {
      server ??= await startEmbeddedPostgres(options);
    },
    async freeze() {
      frozen = await serverPids(options.dataDir);
      signal(frozen, "SIGSTOP");
    },
    async thaw() {
      signal(frozen.splice(0), "SIGCONT");
    },
    async destroy() {
      signal(frozen.splice(0), "SIGCONT");
      await stop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
