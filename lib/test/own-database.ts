import { db } from "@/lib/db";
import { deployMigrations } from "@/lib/migrate";
import { testServer } from "./postgres-server";

/**
 * Points lib/db at an empty, migrated database of the calling test file's own, so that whole tables can
 * be compared before and after: no other test file writes there. Returns the function that drops it.
 */
export async function useOwnDatabase(prefix: string) {
  const sharedUrl = process.env.DATABASE_URL;
  const server = await testServer();
  const url = await server.createDatabase(prefix);
  await deployMigrations(url);
  process.env.DATABASE_URL = url;
  return async () => {
    await db.$disconnect();
    await server.stop();
    process.env.DATABASE_URL = sharedUrl;
  };
}

/** Every row of every table (tables added later included), in a stable order: equal snapshots mean that nothing was written. */
export async function everyRow(): Promise<Record<string, unknown[]>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const rows = await Promise.all(tables.map(({ name }) => db.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${name}" ORDER BY 1, 2`)));
  return Object.fromEntries(tables.map(({ name }, i) => [name, rows[i]]));
}
