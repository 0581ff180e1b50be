import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { testServer, type TestServer } from "@/lib/test/postgres-server";
import { createMigration, deployMigrations, findDrift, migrationStatus } from "@/lib/migrate";
import { copyProject, query, writeMigrationFile } from "./test-project";

let server: TestServer;
let url: string;
const projects: { remove: () => Promise<void> }[] = [];

async function project() {
  const copy = await copyProject();
  projects.push(copy);
  return copy.root;
}

const shadowDatabases = () => query(server.adminUrl, "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'");

beforeAll(async () => {
  server = await testServer();
  url = await server.createDatabase("diff");
  await deployMigrations(url);
});

// Other test files may be diffing on the same server: their shadow databases come and go, a leak stays.
afterEach(async () => {
  await expect.poll(shadowDatabases, { timeout: 5_000 }).toEqual([]);
});

afterAll(async () => {
  await Promise.all(projects.map((copy) => copy.remove()));
  await server?.stop();
});

describe("findDrift", () => {
  it("finds none right after deploy", async () => {
    expect(await findDrift(url)).toBeNull();
  });

  it("does not count pending migrations as drift", async () => {
    const root = await project();
    await writeMigrationFile(root, "29990101000000_later", 'CREATE TABLE "Later" (id int);');

    expect(await migrationStatus(url, { root })).toEqual({ pending: ["29990101000000_later"], failed: [], drift: null });
  });

  it("reports a column added by hand", async () => {
    const drifted = await server.createDatabase("drifted");
    await deployMigrations(drifted);
    await query(drifted, 'ALTER TABLE "Vessel" ADD COLUMN "paintColour" text');

    const drift = await findDrift(drifted);

    expect(drift).toContain("Changed the `Vessel` table");
    expect(drift).toContain("Added column `paintColour`");
  });
});

describe("createMigration", () => {
  it("writes nothing when the schema matches the migrations", async () => {
    const root = await project();

    expect(await createMigration(url, "nothing", { root })).toBeNull();
    expect(await readdir(path.join(root, "prisma/migrations"))).toEqual(await readdir("prisma/migrations"));
  });

  it("writes the SQL for a schema change into a new timestamped folder", async () => {
    const root = await project();
    const schemaFile = path.join(root, "prisma/schema.prisma");
    const schema = await readFile(schemaFile, "utf8");
    await writeFile(schemaFile, `${schema}\nmodel Harbour {\n  id   Int    @id\n  name String\n}\n`);

    const dir = await createMigration(url, "Add harbour!", { root });

    expect(path.basename(dir!)).toMatch(/^\d{14}_add_harbour$/);
    const sql = await readFile(path.join(dir!, "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "Harbour"');
    expect(sql).not.toContain('CREATE TABLE "Incident"');
  });

  it("drops its shadow database when a migration cannot be replayed", async () => {
    const root = await project();
    await writeMigrationFile(root, "29990101000000_broken", "ALTER TABLE nowhere ADD COLUMN x int;");

    await expect(createMigration(url, "whatever", { root })).rejects.toThrow(/29990101000000_broken/);
  });
});
