import { mkdtemp, readFile, rm, stat, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployMigrations } from "@/lib/migrate";
import { type TestServer, testServer } from "@/lib/test/postgres-server";
import { seedDemoOnce } from "../seed-demo";
import { backupDatabase, withClient } from "./backup-database";
import { serverMajor, userTableCount } from "./catalog";
import { findPgTool } from "./pg-tools";
import { restoreDatabase } from "./restore-database";

/** Per table its row count and a checksum of every row; then every constraint and index, and the sequences. */
function fingerprint(url: string) {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    const rows: Record<string, { rows: number; checksum: string }> = {};
    for (const { name } of tables) {
      const quoted = client.escapeIdentifier(name);
      const { rows: [row] } = await client.query<{ rows: number; checksum: string }>(`SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS checksum FROM ${quoted} t`);
      rows[name] = row;
    }
    const schema = await client.query(
      `SELECT conrelid::regclass::text AS "table", conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE connamespace = 'public'::regnamespace
       UNION ALL SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`,
    );
    const sequences = await client.query("SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1");
    return { rows, schema: schema.rows, sequences: sequences.rows };
  });
}

describe("db:backup and db:restore", () => {
  let server: TestServer;
  let source: string;
  let folder: string;

  beforeAll(async () => {
    server = await testServer();
    folder = await mkdtemp(path.join(tmpdir(), "rescue-ledger-backup-"));
    source = await server.createDatabase("backup_source");
    await deployMigrations(source);
    await seedDemoOnce(source);
    // Text that COPY must escape: tabs, line breaks, backslashes, a line that reads like COPY's end marker.
    const hostile = await withClient(source, (client) => client.query(
      `UPDATE "Incident" SET narrative = $1 WHERE id = (SELECT id FROM "Incident" ORDER BY reference LIMIT 1)`,
      ["tab\there\r\nnext line\n\\.\n\\N \u00a0 \u200b \u{1F6A2} <script>alert(1)</script> =SUM(A1)"],
    ));
    expect(hostile.rowCount).toBe(1);
  });

  afterAll(async () => {
    await server?.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("round-trips every table row for row through a copy dump, schema and sequences included", async () => {
    const file = path.join(folder, "seeded.dump");
    const backup = await backupDatabase(source, file, "copy");
    expect(backup).toMatchObject({ method: "copy", tool: null });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const target = await server.createDatabase("backup_target");
    const restore = await restoreDatabase(target, file);

    const [before, after] = await Promise.all([fingerprint(source), fingerprint(target)]);
    expect(Object.keys(before.rows)).toContain("Incident");
    expect(before.rows.Incident.rows).toBeGreaterThan(0);
    expect(after).toEqual(before);
    // The restored audit sequence goes on after the restored events, instead of colliding with them.
    await withClient(target, (client) => client.query(`INSERT INTO "AuditEvent" (action, "entityType") VALUES ('CREATE', 'Incident')`));
    const rows = Object.values(before.rows).reduce((sum, table) => sum + table.rows, 0);
    console.info(`copy dump of the seeded database (${rows} rows): ${(backup.bytes / 1024).toFixed(0)} KiB, backup ${backup.ms.toFixed(0)} ms, restore ${restore.ms.toFixed(0)} ms`);
  });

  it("round-trips through pg_dump and pg_restore where they can read this server", async (context) => {
    const major = await withClient(source, serverMajor);
    const [dump, restore] = await Promise.all([findPgTool("pg_dump", major), findPgTool("pg_restore", major)]);
    if (!dump.file || !restore.file) return context.skip(`no pg_dump/pg_restore for PostgreSQL ${major} (found ${[...dump.rejected, ...restore.rejected].join(", ") || "none"})`);
    const file = path.join(folder, "seeded-pg.dump");
    const backup = await backupDatabase(source, file, "pg_dump");
    expect((await readFile(file)).subarray(0, 5).toString()).toBe("PGDMP");
    const target = await server.createDatabase("backup_pg_target");
    const restored = await restoreDatabase(target, file);
    expect(await fingerprint(target)).toEqual(await fingerprint(source));
    console.info(`pg_dump of the seeded database: ${(backup.bytes / 1024).toFixed(0)} KiB, backup ${backup.ms.toFixed(0)} ms, restore ${restored.ms.toFixed(0)} ms`);
  });

  it("refuses a database that has tables, and a file that is not a backup, writing nothing", async () => {
    const file = path.join(folder, "refusals.dump");
    await backupDatabase(source, file, "copy");
    const before = await fingerprint(source);
    await expect(restoreDatabase(source, file)).rejects.toThrow(/already has \d+ tables, and a backup is restored only into an empty database/);
    expect(await fingerprint(source)).toEqual(before);

    const target = await server.createDatabase("backup_refusal");
    const notes = path.join(folder, "notes.txt");
    await writeFile(notes, "not a backup");
    await expect(restoreDatabase(target, notes)).rejects.toThrow(/is not a backup made by npm run db:backup/);
    await expect(restoreDatabase(target, path.join(folder, "missing.dump"))).rejects.toThrow(/There is no backup file at/);
    expect(await withClient(target, userTableCount)).toBe(0);

    const emptyBackup = path.join(folder, "empty.dump");
    await expect(backupDatabase(target, emptyBackup, "copy")).rejects.toThrow(/no Rescue Ledger tables yet .* nothing to back up/);
    await expect(stat(emptyBackup)).rejects.toThrow();
    await expect(stat(`${emptyBackup}.partial`)).rejects.toThrow();
  });

  it("leaves the database empty when the file breaks off part way", async () => {
    const file = path.join(folder, "cut.dump");
    const { bytes } = await backupDatabase(source, file, "copy");
    await truncate(file, Math.floor(bytes * 0.6));
    const target = await server.createDatabase("backup_cut");
    await expect(restoreDatabase(target, file)).rejects.toThrow(/is damaged or incomplete \(unexpected end of file\)/);
    expect(await withClient(target, userTableCount)).toBe(0);
    // Nothing was left behind, so the same empty database takes another try.
    await expect(restoreDatabase(target, file)).rejects.toThrow(/is damaged or incomplete/);
  });
});
