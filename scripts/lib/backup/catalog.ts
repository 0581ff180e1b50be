import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { UserFacingError } from "../user-facing-error";

export type TableDump = { name: string; columns: string[]; rows: number };
export type SequenceDump = { name: string; lastValue: string };
export type MigrationDump = { name: string; checksum: string; sql: string };

export const quote = pg.escapeIdentifier;

export async function serverMajor(client: pg.ClientBase) {
  const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
  return Math.floor(Number(rows[0].server_version_num) / 10_000);
}

/** Tables of every schema but PostgreSQL's own: a restore goes only into a database with none. */
export async function userTableCount(client: pg.ClientBase) {
  const { rows } = await client.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'`,
  );
  return rows[0].count;
}

/** The public schema's tables, each after the tables its foreign keys point at. */
export async function tablesInLoadOrder(client: pg.ClientBase): Promise<TableDump[]> {
  const { rows: tables } = await client.query<{ name: string; columns: string[] }>(
    `SELECT c.relname::text AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
     FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
     GROUP BY c.relname ORDER BY c.relname`,
  );
  const { rows: links } = await client.query<{ child: string; parent: string }>(
    `SELECT child.relname AS child, parent.relname AS parent
     FROM pg_constraint k JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
     WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace AND k.conrelid <> k.confrelid`,
  );
  const ordered: TableDump[] = [];
  const pending = new Set(tables.map((t) => t.name));
  while (pending.size) {
    const ready = tables.filter((t) => pending.has(t.name) && !links.some((l) => l.child === t.name && pending.has(l.parent)));
    if (!ready.length) throw new UserFacingError(`The tables ${[...pending].join(", ")} refer to each other in a cycle, which this backup cannot order: use pg_dump instead.`);
    for (const table of ready) pending.delete(table.name);
    for (const { name, columns } of ready) {
      const { rows } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM ${quote(name)}`);
      ordered.push({ name, columns, rows: Number(rows[0].count) });
    }
  }
  return ordered;
}

/** Sequences that have handed out values, with the last one (a fresh sequence needs no restoring). */
export async function usedSequences(client: pg.ClientBase): Promise<SequenceDump[]> {
  const { rows } = await client.query<SequenceDump>(
    `SELECT sequencename AS name, last_value::text AS "lastValue" FROM pg_sequences WHERE schemaname = 'public' AND last_value IS NOT NULL ORDER BY 1`,
  );
  return rows;
}

/**
 * The applied migrations with their SQL from prisma/migrations, which recreates the schema on restore.
 * The checksum proves the file is the one that was applied.
 */
export async function appliedMigrations(client: pg.ClientBase, root = process.cwd()): Promise<MigrationDump[]> {
  const { rows: [{ isMigrated }] } = await client.query<{ isMigrated: boolean }>(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS "isMigrated"`);
  if (!isMigrated) throw new UserFacingError("This database has no Rescue Ledger tables yet (no migration was applied): there is nothing to back up.");
  const { rows } = await client.query<{ name: string; checksum: string }>(
    `SELECT migration_name AS name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY started_at, migration_name`,
  );
  return Promise.all(
    rows.map(async ({ name, checksum }) => {
      const sql = await readFile(path.join(root, "prisma", "migrations", name, "migration.sql"), "utf8").catch(() => null);
      if (sql === null || createHash("sha256").update(sql).digest("hex") !== checksum)
        throw new UserFacingError(`Migration ${name} of the database is ${sql === null ? "missing from" : "different in"} prisma/migrations: back up with this version's checkout, or with pg_dump (set PG_BIN).`);
      return { name, checksum, sql };
    }),
  );
}
