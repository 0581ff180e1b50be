import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

const PROJECT_PRISMA = path.resolve(__dirname, "../../prisma");

/** The project's migrations in the order they apply (prisma/migrations/<timestamp>_<name>). */
export async function projectMigrationNames() {
  const entries = await readdir(path.join(PROJECT_PRISMA, "migrations"), { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

/** A temporary project root holding a copy of prisma/schema.prisma and prisma/migrations. */
export async function copyProject() {
  const root = await mkdtemp(path.join(tmpdir(), "rescue-ledger-migrate-"));
  await cp(path.join(PROJECT_PRISMA, "schema.prisma"), path.join(root, "prisma/schema.prisma"));
  await cp(path.join(PROJECT_PRISMA, "migrations"), path.join(root, "prisma/migrations"), { recursive: true });
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}

export async function writeMigrationFile(root: string, name: string, sql: string) {
  const dir = path.join(root, "prisma/migrations", name);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
}

export async function query<T extends pg.QueryResultRow>(databaseUrl: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

export async function tableNames(databaseUrl: string) {
  const rows = await query<{ name: string }>(databaseUrl, "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
  return rows.map((row) => row.name);
}
