import "server-only";
import { Pool } from "pg";

// A small pg pool of its own for exports: COPY streams hold their connection for the whole download,
// so they must not starve the Prisma pool that pages use. Made on first use, cached on globalThis.
const globalForExport = globalThis as unknown as { exportPool?: Pool };

export function exportPool(): Pool {
  if (globalForExport.exportPool) return globalForExport.exportPool;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
  globalForExport.exportPool = new Pool({ connectionString, max: Number(process.env.EXPORT_POOL_SIZE ?? 4), idleTimeoutMillis: 10_000 });
  return globalForExport.exportPool;
}
