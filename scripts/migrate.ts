// Offline replacement for `prisma migrate deploy|dev --create-only|status|resolve`, which need a
// native engine the Prisma CLI downloads. Same migrations folder, same _prisma_migrations table.
import path from "node:path";
import {
  createMigration,
  deployMigrations,
  findDrift,
  markMigrationRolledBack,
  MigrationError,
  migrationStatus,
} from "../lib/migrate";

const USAGE = "Usage: tsx scripts/migrate.ts deploy | create <name> | status | resolve <failed-migration>";

function printDrift(drift: string) {
  console.error("The database differs from prisma/migrations (changed outside a migration):");
  console.error(drift.replace(/^/gm, "  "));
}

async function deploy(databaseUrl: string) {
  const applied = await deployMigrations(databaseUrl);
  for (const name of applied) console.log(`Applied ${name}`);
  if (!applied.length) console.log("Database is up to date");
  const drift = await findDrift(databaseUrl);
  if (drift) printDrift(drift);
  return 0;
}

async function create(databaseUrl: string, name: string | undefined) {
  if (!name) throw new MigrationError(`Name the migration. ${USAGE}`);
  const dir = await createMigration(databaseUrl, name);
  console.log(dir ? `Created ${path.relative(process.cwd(), dir)}/migration.sql` : "No schema changes");
  return 0;
}

/** Exits 1 unless the database is in sync, like `prisma migrate status`. */
async function status(databaseUrl: string) {
  const { pending, failed, drift } = await migrationStatus(databaseUrl);
  for (const name of failed) console.log(`Failed:  ${name}`);
  for (const name of pending) console.log(`Pending: ${name}`);
  if (drift) printDrift(drift);
  const isInSync = !pending.length && !failed.length && !drift;
  if (isInSync) console.log("Database is up to date");
  return isInSync ? 0 : 1;
}

async function resolve(databaseUrl: string, name: string | undefined) {
  if (!name) throw new MigrationError(`Name the failed migration to mark as rolled back. ${USAGE}`);
  await markMigrationRolledBack(databaseUrl, name);
  console.log(`Marked ${name} as rolled back; the next deploy applies it again.`);
  return 0;
}

async function main([command, name]: string[]) {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new MigrationError("DATABASE_URL is not set: point it at the database to migrate.");
  if (command === "deploy") return deploy(databaseUrl);
  if (command === "create") return create(databaseUrl, name);
  if (command === "status") return status(databaseUrl);
  if (command === "resolve") return resolve(databaseUrl, name);
  throw new MigrationError(USAGE);
}

// Exit explicitly so that no stray timer or connection can keep the command running.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (process.env.DEBUG) console.error(error);
    else console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
