import pg from "pg";
import { deployMigrations } from "../../lib/migrate";
import { seedReferenceData } from "../../prisma/seed/index";
import { ensureDatabase, type RunningPostgres } from "../lib/postgres";
import { generateIncidents } from "./generate";
import { installCapturingClient } from "./measure";

const DATABASE = "rescue_ledger_load";

/**
 * The load benchmark's own database beside the 1M one, filled once to `incidents` and kept between
 * runs. Installs the capturing Prisma client on it, so data functions called afterwards read it.
 */
export async function prepareLoadDatabase(server: RunningPostgres, incidents: number) {
  await ensureDatabase(server.url("postgres"), DATABASE);
  const url = server.url(DATABASE);
  await deployMigrations(url);
  const capturing = installCapturingClient(url);
  await seedReferenceData(capturing.client);
  const pool = new pg.Pool({ connectionString: url, max: 30 });
  pool.on("error", () => {}); // idle connections closing at shutdown; failures surface through the queries
  console.log(`Generating incidents up to ${incidents.toLocaleString("en")} in ${DATABASE}…`);
  await generateIncidents(pool, incidents);
  return { url, pool, ...capturing };
}
