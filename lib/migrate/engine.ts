import { readFile } from "node:fs/promises";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaContainer, SchemaEngine } from "@prisma/schema-engine-wasm";
import { engineConnections } from "./adapter";
import { engineMessage, MigrationError } from "./errors";
import { schemaPath } from "./migrations-folder";
import { loadSchemaEngine } from "./wasm";

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

export async function readSchema(root: string): Promise<SchemaContainer> {
  const file = schemaPath(root);
  return { path: file, content: await readFile(file, "utf8") };
}

/** Runs fn with a schema engine on databaseUrl, then frees it, its pools and its shadow databases. */
export async function withEngine<T>(databaseUrl: string, fn: (engine: SchemaEngine) => Promise<T>, schema?: SchemaContainer): Promise<T> {
  const { SchemaEngine } = await loadSchemaEngine();
  const connections = engineConnections(databaseUrl);
  const log = process.env.DEBUG ? (line: string) => console.error(line) : () => {};
  let engine: SchemaEngine | undefined;
  try {
    const datamodels: [string, string][] | undefined = schema && [[schema.path, schema.content]];
    engine = await SchemaEngine.new({ datamodels }, log, bindMigrationAwareSqlAdapterFactory(connections.factory));
    return await fn(engine);
  } catch (error) {
    // The engine's errors are written for the person running the migration (as the Prisma CLI shows them).
    throw error instanceof MigrationError ? error : new MigrationError(engineMessage(error), { cause: error });
  } finally {
    engine?.free();
    await connections.close();
  }
}
