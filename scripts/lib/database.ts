import path from "node:path";
import { runMigrations } from "graphile-worker";
import pg from "pg";
import { deployMigrations, findDrift } from "../../lib/migrate";
import { LOCAL_DATA_DIR, localSecret } from "./local-secrets";
import { ensureDatabase, startEmbeddedPostgres } from "./postgres";
import { UserFacingError } from "./user-facing-error";

export type Database = { url: string; isEmbedded: boolean; stop: () => Promise<void> };

const EMBEDDED_DATABASE = "rescue_ledger";

async function checkReachable(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const { hostname, port } = new URL(url);
    throw new UserFacingError(
      `Cannot reach the database at ${hostname}:${port || 5432} (${(error as Error).message}): check DATABASE_URL, or unset it to use the embedded PostgreSQL.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

/** DATABASE_URL when set, otherwise the embedded PostgreSQL under .data/postgres. */
export async function openDatabase(): Promise<Database> {
  const external = process.env.DATABASE_URL;
  if (external) {
    await checkReachable(external);
    return { url: external, isEmbedded: false, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({
    dataDir: path.join(LOCAL_DATA_DIR, "postgres"),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    password: localSecret("postgres-password"),
  });
  await ensureDatabase(server.url("postgres"), EMBEDDED_DATABASE);
  return { url: server.url(EMBEDDED_DATABASE), isEmbedded: true, stop: server.stop };
}

export async function migrate(url: string) {
  const applied = await deployMigrations(url);
  // graphile-worker's own schema too, so that a job can be queued (lib/data/import/jobs) before the worker first starts.
  await runMigrations({ connectionString: url });
  console.log(applied.length ? `✓ Applied migrations: ${applied.join(", ")}` : "✓ Database schema is up to date");
  const drift = await findDrift(url);
  if (drift) console.warn(`! The database differs from prisma/migrations (drift):\n${drift}`);
}
