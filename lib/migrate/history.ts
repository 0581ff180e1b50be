import type { DiagnoseMigrationHistoryOutput, MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { NO_FILTERS } from "./engine";

/** What the database's _prisma_migrations says about the migrations folder, without a shadow database. */
export function diagnoseHistory(engine: SchemaEngine, migrationsList: MigrationList) {
  return engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTERS });
}

export function unappliedNames({ history }: DiagnoseMigrationHistoryOutput) {
  if (history?.diagnostic === "databaseIsBehind" || history?.diagnostic === "historiesDiverge") return history.unappliedMigrationNames;
  return [];
}
