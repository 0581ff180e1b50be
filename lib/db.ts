import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

// The one Prisma client, made on first use (the build imports this module without a database) and
// cached on globalThis so that hot reloads in development do not open new pools.
const globalForDb = globalThis as unknown as { db?: PrismaClient };

function client(): PrismaClient {
  if (globalForDb.db) return globalForDb.db;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
  // A database that does not answer must fail requests quickly (health checks, "could not save"), not hang.
  globalForDb.db = new PrismaClient({ adapter: new PrismaPg({ connectionString, connectionTimeoutMillis: 5_000 }) });
  return globalForDb.db;
}

export const db = new Proxy({} as PrismaClient, {
  get(_, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});
