import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort, startEmbeddedPostgres } from "@/scripts/lib/postgres";

export type TestServer = {
  adminUrl: string;
  /** Creates an empty database with a unique name starting with prefix; returns its URL. */
  createDatabase: (prefix: string) => Promise<string>;
  /** Drops the databases made here, then stops the server if it was started here. */
  stop: () => Promise<void>;
};

async function adminQuery(adminUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function startOwnServer() {
  const folder = await mkdtemp(path.join(tmpdir(), "rescue-ledger-pg-"));
  const removeFolder = () => rm(folder, { recursive: true, force: true });
  const server = await startEmbeddedPostgres({
    dataDir: path.join(folder, "data"),
    port: await freePort(),
    password: randomBytes(12).toString("hex"),
    persistent: false,
  }).catch(async (error: unknown) => {
    await removeFolder();
    throw error;
  });
  const stop = async () => {
    await server.stop();
    await removeFolder();
  };
  return { adminUrl: server.url("postgres"), stop };
}

/** Uses the server at TEST_ADMIN_URL (from `npm test`), or starts an embedded one in a temp folder. */
export async function testServer(): Promise<TestServer> {
  const given = process.env.TEST_ADMIN_URL;
  const own = given ? null : await startOwnServer();
  const adminUrl = given ?? own!.adminUrl;
  const created: string[] = [];

  return {
    adminUrl,
    async createDatabase(prefix) {
      const name = `${prefix.toLowerCase().replace(/[^a-z0-9_]/g, "_")}_${randomBytes(4).toString("hex")}`;
      await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
      created.push(name);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async stop() {
      for (const name of created.splice(0)) await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await own?.stop();
    },
  };
}
