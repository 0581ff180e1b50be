// `npm run db:restore <file>`: restores a backup from `npm run db:backup` into an empty database
// (DATABASE_URL, or the embedded one, which this starts and stops: stop `npm start` first).
import path from "node:path";
import { LOCAL_DATA_DIR } from "./lib/local-secrets";
import { openDatabase } from "./lib/database";
import { restoreDatabase } from "./lib/backup/restore-database";
import { runScript } from "./lib/run-script";
import { UserFacingError } from "./lib/user-facing-error";

async function main() {
  const given = process.argv[2];
  if (!given) throw new UserFacingError("Name the backup file to restore: npm run db:restore backups/<file>.dump");
  const file = path.resolve(given);
  const database = await openDatabase();
  const emptyHint = database.isEmbedded
    ? `to replace the embedded database, stop Rescue Ledger, move ${path.join(LOCAL_DATA_DIR, "postgres")} away (keep it until the restore is checked) and run this again`
    : "create an empty database and point DATABASE_URL at it";
  try {
    const report = await restoreDatabase(database.url, file, emptyHint);
    console.log(`✓ Restored ${path.relative(process.cwd(), file)} (${report.method === "copy" ? "copy dump" : "pg_dump archive"}) in ${(report.ms / 1000).toFixed(1)} s`);
  } finally {
    await database.stop();
  }
}

runScript(main);
