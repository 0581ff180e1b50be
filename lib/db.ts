import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

// The one Prisma client, made on first use (the build imports this module without a database) and
// cached on globalThis so that hot reloads in development do not open new pools.
const globalForDb = globalThis as unknown as { db?: PrismaClient };

/**
 * How long a query may wait for a connection: to open one, and (pg-pool has one setting for both) for a
 * pooled one to come free. A database that does not answer must fail requests (health checks answer in
 * 2 s on their own), but a busy pool is no failure: one page starts a dozen queries at once (the case
 * page, the dashboard), so a second page and a save queue behind them on a loaded machine.
 */
export const CONNECTION_WAIT_MS = 15_000;

/** pg-pool's settings: room for two such pages at once without queueing (pg's default is 10). */
export const POOL_OPTIONS = { max: 20, connectionTimeoutMillis: CONNECTION_WAIT_MS } as const;

/** An interactive transaction waits for its connection as long as a query does (Prisma's default: 2 s). */
export const TRANSACTION_OPTIONS = { maxWait: CONNECTION_WAIT_MS } as const;

function client(): PrismaClient {
  if (globalForDb.db) return globalForDb.db;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
  globalForDb.db = new PrismaClient({ adapter: new PrismaPg({ connectionString, ...POOL_OPTIONS }), transactionOptions: TRANSACTION_OPTIONS });
  return globalForDb.db;
}

export const db = new Proxy({} as PrismaClient, {
  get(_, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});
