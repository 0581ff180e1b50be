import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testServer, type TestServer } from "@/lib/test/postgres-server";
import { deployMigrations, markMigrationRolledBack, MigrationError, pendingMigrations } from "@/lib/migrate";
import { copyProject, projectMigrationNames, query, tableNames, writeMigrationFile } from "./test-project";

let server: TestServer;
let migrations: string[];
let init: string;
const projects: { remove: () => Promise<void> }[] = [];

async function project() {
  const copy = await copyProject();
  projects.push(copy);
  return copy.root;
}

type MigrationRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };
const migrationRows = (url: string) =>
  query<MigrationRow>(url, "SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY started_at");

beforeAll(async () => {
  server = await testServer();
  migrations = await projectMigrationNames();
  init = migrations[0];
});

afterAll(async () => {
  await Promise.all(projects.map((copy) => copy.remove()));
  await server?.stop();
});

describe("deployMigrations", () => {
  it("builds the schema in an empty database and records the migration as the Prisma CLI does", async () => {
    const url = await server.createDatabase("deploy_empty");
    expect(await pendingMigrations(url)).toEqual(migrations);

    expect(await deployMigrations(url)).toEqual(migrations);

    expect(await tableNames(url)).toEqual(expect.arrayContaining(["Incident", "Organization", "User", "AuditEvent", "_prisma_migrations"]));
    const script = await readFile(path.join("prisma/migrations", init, "migration.sql"));
    const [row] = await migrationRows(url);
    expect(row).toMatchObject({ migration_name: init, checksum: createHash("sha256").update(script).digest("hex"), rolled_back_at: null });
    expect(row.finished_at).toBeInstanceOf(Date);
    expect(await pendingMigrations(url)).toEqual([]);
  });

  it("does nothing when the database is up to date", async () => {
    const url = await server.createDatabase("deploy_twice");
    await deployMigrations(url);

    expect(await deployMigrations(url)).toEqual([]);
    expect(await migrationRows(url)).toHaveLength(migrations.length);
  });

  it("runs a script as a whole, so semicolons in comments and strings are harmless", async () => {
    const root = await project();
    await writeMigrationFile(root, "29990101000000_notes", "-- one; two\nCREATE TABLE \"Note\" (body text DEFAULT 'a;b');\n");
    const url = await server.createDatabase("deploy_semicolons");

    expect(await deployMigrations(url, { root })).toEqual([...migrations, "29990101000000_notes"]);
    expect(await tableNames(url)).toContain("Note");
  });

  it("rolls a failing migration back, names it, and applies it once fixed", async () => {
    const root = await project();
    await writeMigrationFile(root, "29990101000000_good", 'CREATE TABLE "Good" (id int);');
    await writeMigrationFile(root, "29990102000000_broken", 'CREATE TABLE "Partial" (id int);\nALTER TABLE "Missing" ADD COLUMN x int;');
    const url = await server.createDatabase("deploy_broken");

    const failure = await deployMigrations(url, { root }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as Error).message).toMatch(/^Migration 29990102000000_broken failed and was rolled back.*Missing.*fix prisma\/migrations\/29990102000000_broken\/migration\.sql/);
    expect(await tableNames(url)).toContain("Good");
    expect(await tableNames(url)).not.toContain("Partial");
    const broken = (await migrationRows(url)).find((row) => row.migration_name === "29990102000000_broken");
    expect(broken).toMatchObject({ finished_at: null, rolled_back_at: expect.any(Date) });
    expect(await pendingMigrations(url, { root })).toEqual(["29990102000000_broken"]);

    await writeMigrationFile(root, "29990102000000_broken", 'CREATE TABLE "Partial" (id int);');
    expect(await deployMigrations(url, { root })).toEqual(["29990102000000_broken"]);
    expect(await tableNames(url)).toContain("Partial");
  });

  it("rolls back a failing migration whole even when a function body in it has BEGIN and END", async () => {
    const root = await project();
    await writeMigrationFile(root, "29990101000000_function", `CREATE TABLE "Partial" (id int);
CREATE FUNCTION answer() RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  RETURN 42;
END $$;
ALTER TABLE "Missing" ADD COLUMN x int;`);
    const url = await server.createDatabase("deploy_function");

    const failure = await deployMigrations(url, { root }).catch((error: unknown) => error);

    expect((failure as Error).message).toMatch(/^Migration 29990101000000_function failed and was rolled back/);
    expect(await tableNames(url)).not.toContain("Partial");
  });

  it("stops at a migration left failed by an earlier run and explains how to resolve it", async () => {
    const root = await project();
    await writeMigrationFile(root, "29990101000000_broken", "SELECT * FROM nowhere;");
    const url = await server.createDatabase("deploy_failed_before");
    await deployMigrations(url, { root }).catch(() => {});
    await query(url, "UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE migration_name = '29990101000000_broken'");
    await writeMigrationFile(root, "29990101000000_broken", "SELECT 1;");

    await expect(deployMigrations(url, { root })).rejects.toThrow(
      /Migration 29990101000000_broken failed in an earlier deploy.*scripts\/migrate\.ts resolve 29990101000000_broken/,
    );

    await markMigrationRolledBack(url, "29990101000000_broken");
    expect(await deployMigrations(url, { root })).toEqual(["29990101000000_broken"]);
  });

  it("says plainly when the database cannot be reached", async () => {
    const url = new URL(await server.createDatabase("deploy_auth"));
    url.password = "wrong";

    await expect(deployMigrations(url.toString())).rejects.toThrow(/^Authentication failed against database server/);
  });
});
