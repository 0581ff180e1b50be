import { NO_FILTERS, readSchema, withEngine } from "./engine";
import { MigrationError } from "./errors";
import { type MigrateOptions, projectRoot, readMigrationsFolder, writeMigration } from "./migrations-folder";

const EMPTY_MIGRATION = "-- This is an empty migration.";

/** Like the Prisma CLI: lower case, runs of other characters become "_". */
function slug(name: string) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
}

function timestamp(date = new Date()) {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

/**
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql with what schema.prisma adds to the
 * migrations folder (replayed in a shadow database on databaseUrl's server, which is then dropped).
 * Returns the new folder, or null when the schema has no changes.
 */
export async function createMigration(databaseUrl: string, name: string, opts?: MigrateOptions): Promise<string | null> {
  const root = projectRoot(opts);
  const migrationName = slug(name);
  if (!migrationName) throw new MigrationError(`"${name}" is not a usable migration name: use letters, digits and underscores.`);
  const [schema, migrationsList] = await Promise.all([readSchema(root), readMigrationsFolder(root)]);
  const { stdout } = await withEngine(
    databaseUrl,
    (engine) =>
      engine.diff({
        from: { tag: "migrations", ...migrationsList },
        to: { tag: "schemaDatamodel", files: [schema] },
        script: true,
        exitCode: null,
        filters: NO_FILTERS,
      }),
    schema,
  );
  const script = stdout ?? "";
  if (!script.trim() || script.trim() === EMPTY_MIGRATION) return null;
  return writeMigration(root, `${timestamp()}_${migrationName}`, script);
}
