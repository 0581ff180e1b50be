// `npm run db:backup [file]`: a dump of the database (DATABASE_URL, or the embedded one, which this
// starts and stops: stop `npm start` first) to file, by default backups/rescue-ledger-<time>.dump.
import path from "node:path";
import { backupDatabase, defaultBackupFile } from "./lib/backup/backup-database";
import { openDatabase } from "./lib/database";
import { runScript } from "./lib/run-script";

async function main() {
  const file = path.resolve(process.argv[2] ?? defaultBackupFile());
  const database = await openDatabase();
  try {
    const report = await backupDatabase(database.url, file);
    if (report.method === "copy" && report.unusable.length) console.log(`Note: ${report.unusable.join(", ")} cannot read this server; wrote a copy dump instead.`);
    const how = report.tool ? `with ${report.tool}` : "as a copy dump";
    console.log(`✓ Backed up to ${path.relative(process.cwd(), file)} ${how}: ${(report.bytes / 1024).toFixed(0)} KiB in ${(report.ms / 1000).toFixed(1)} s`);
    console.log("It holds people's personal data: keep it as safe as the database.");
  } finally {
    await database.stop();
  }
}

runScript(main);
