import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { NO_FILTERS, withEngine } from "./engine";
import { diagnoseHistory, unappliedNames } from "./history";
import { type MigrateOptions, projectRoot, readMigrationsFolder } from "./migrations-folder";

// The live database is reached through the adapter; the engine only needs a schema naming the provider.
const DATASOURCE_ONLY = { path: "datasource.prisma", content: 'datasource db {\n  provider = "postgresql"\n}\n' };

export type MigrationStatus = { pending: string[]; failed: string[]; drift: string | null };

/** Migrations in the folder that the database has not applied yet, in the order deploy would apply them. */
export async function pendingMigrations(databaseUrl: string, opts?: MigrateOptions): Promise<string[]> {
  const migrationsList = await readMigrationsFolder(projectRoot(opts));
  return withEngine(databaseUrl, async (engine) => unappliedNames(await diagnoseHistory(engine, migrationsList)));
}

/**
 * Null when the database's schema is exactly what its applied migrations build; otherwise a summary of
 * the differences (what was changed by hand, e.g. "[+] Added column `nickname`").
 */
export async function findDrift(databaseUrl: string, opts?: MigrateOptions): Promise<string | null> {
  return (await migrationStatus(databaseUrl, opts)).drift;
}

export async function migrationStatus(databaseUrl: string, opts?: MigrateOptions): Promise<MigrationStatus> {
  const root = projectRoot(opts);
  const migrationsList = await readMigrationsFolder(root);
  return withEngine(databaseUrl, async (engine) => {
    const diagnosis = await diagnoseHistory(engine, migrationsList);
    const pending = unappliedNames(diagnosis);
    const failed = diagnosis.failedMigrationNames;
    const drift = await diffAppliedToLive(engine, migrationsList, new Set([...pending, ...failed]), root);
    return { pending, failed, drift };
  });
}

// Replays only the applied migrations in a shadow database, so pending ones do not count as drift.
async function diffAppliedToLive(engine: SchemaEngine, migrationsList: MigrationList, skip: Set<string>, root: string) {
  const applied = migrationsList.migrationDirectories.filter((dir) => !skip.has(dir.path));
  const { stdout } = await engine.diff({
    from: { tag: "migrations", ...migrationsList, migrationDirectories: applied },
    to: { tag: "schemaDatasource", files: [DATASOURCE_ONLY], configDir: root },
    script: false,
    exitCode: true,
    filters: NO_FILTERS,
  });
  const summary = stdout?.trim() ?? "";
  return summary && summary !== "No difference detected." ? summary : null;
}
