import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { NO_FILTERS, withEngine } from "./engine";
import { engineMessage, MigrationError } from "./errors";
import { diagnoseHistory } from "./history";
import { type MigrateOptions, projectRoot, readMigrationsFolder } from "./migrations-folder";

/** Applies the pending migrations, recording them in _prisma_migrations as `prisma migrate deploy` does. */
export async function deployMigrations(databaseUrl: string, opts?: MigrateOptions): Promise<string[]> {
  const migrationsList = await readMigrationsFolder(projectRoot(opts));
  return withEngine(databaseUrl, async (engine) => {
    try {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
      return appliedMigrationNames;
    } catch (error) {
      throw await explainFailure(engine, migrationsList, error);
    }
  });
}

/** Marks a failed migration as rolled back (`prisma migrate resolve --rolled-back`), so deploy retries it. */
export async function markMigrationRolledBack(databaseUrl: string, name: string) {
  await withEngine(databaseUrl, (engine) => engine.markMigrationRolledBack({ migrationName: name }));
}

// Each script runs as one multi-statement query, which PostgreSQL rolls back as a whole on error,
// unless the script commits part of itself. BEGIN and END inside a function's $$ body are PL/pgSQL.
function controlsTransactions(script: string) {
  const outsideBodies = script.replace(/\$(\w*)\$[\s\S]*?\$\1\$/g, "");
  return /^\s*(BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK)\b/im.test(outsideBodies);
}

async function explainFailure(engine: SchemaEngine, migrationsList: MigrationList, error: unknown) {
  const diagnosis = await diagnoseHistory(engine, migrationsList).catch(() => null);
  const failed = diagnosis?.failedMigrationNames[0];
  if (!failed) return error;
  const resolve = `npx tsx scripts/migrate.ts resolve ${failed}`;
  if ((error as { code?: string }).code === "P3009")
    return new MigrationError(
      `Migration ${failed} failed in an earlier deploy and is still marked as failed, so no migration was applied: make sure none of its changes are in the database, then run \`${resolve}\` and deploy again.`,
    );
  const file = `prisma/migrations/${failed}/migration.sql`;
  const script = migrationsList.migrationDirectories.find((dir) => dir.path === failed)?.migrationFile.content;
  const reason = engineMessage(error);
  if (script?.tag === "ok" && !controlsTransactions(script.value)) {
    await engine.markMigrationRolledBack({ migrationName: failed });
    return new MigrationError(
      `Migration ${failed} failed and was rolled back, leaving none of its changes in the database (${reason}): fix ${file} and deploy again.`,
      { cause: error },
    );
  }
  return new MigrationError(
    `Migration ${failed} failed (${reason}) and ${file} manages its own transactions, so part of it may have been applied: repair the database by hand, then run \`${resolve}\` and deploy again.`,
    { cause: error },
  );
}
