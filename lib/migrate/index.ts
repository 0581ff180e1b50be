export { createMigration } from "./create";
export { deployMigrations, markMigrationRolledBack } from "./deploy";
export { findDrift, migrationStatus, pendingMigrations, type MigrationStatus } from "./drift";
export { MigrationError } from "./errors";
export type { MigrateOptions } from "./migrations-folder";
