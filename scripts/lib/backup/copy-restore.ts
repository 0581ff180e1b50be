import { once } from "node:events";
import { createReadStream } from "node:fs";
import { finished, pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { UserFacingError } from "../user-facing-error";
import { quote } from "./catalog";
import { COPY_DUMP_FORMAT, type CopyDumpHeader, END_OF_TABLE } from "./copy-dump";

// Prisma's bookkeeping table, as its schema engine creates it: the migrations' SQL does not.
const MIGRATIONS_TABLE = `CREATE TABLE "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

async function* linesOf(file: string) {
  const gunzip = createGunzip();
  gunzip.setEncoding("utf8");
  const reading = pipeline(createReadStream(file), gunzip).catch((error: Error) => gunzip.destroy(error));
  let rest = "";
  try {
    for await (const chunk of gunzip as AsyncIterable<string>) {
      const lines = (rest + chunk).split("\n");
      rest = lines.pop()!;
      yield* lines;
    }
    await reading;
  } catch (error) {
    throw new UserFacingError(`The backup file ${file} is damaged or incomplete (${(error as Error).message}).`);
  }
  if (rest) yield rest;
}

function parseHeader(line: string | undefined): CopyDumpHeader {
  const header = (() => {
    try {
      return JSON.parse(line ?? "") as CopyDumpHeader;
    } catch {
      return null;
    }
  })();
  if (header?.format !== COPY_DUMP_FORMAT || header.formatVersion !== 1) throw new UserFacingError("This file is not a Rescue Ledger backup (its header is unreadable).");
  return header;
}

async function setUserTriggers(client: pg.Client, tables: CopyDumpHeader["tables"], state: "ENABLE" | "DISABLE") {
  for (const table of tables) await client.query(`ALTER TABLE ${quote(table.name)} ${state} TRIGGER USER`);
}

/** Restores a copy dump in one transaction: the schema from its migrations, then every row, then the sequences. */
export async function restoreCopyDump(url: string, file: string) {
  const lines = linesOf(file);
  const header = parseHeader((await lines.next()).value || undefined);
  const client = new pg.Client({ connectionString: url });
  let sink: ReturnType<typeof copyFrom> | undefined;
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(MIGRATIONS_TABLE);
    for (const migration of header.migrations) await client.query(migration.sql);
    // Rows come back as they were dumped, the rollup included: its triggers must not count them again.
    await setUserTriggers(client, header.tables, "DISABLE");
    for (const table of header.tables) {
      sink = client.query(copyFrom(`COPY ${quote(table.name)} (${table.columns.map(quote).join(", ")}) FROM STDIN`));
      const loaded = finished(sink);
      loaded.catch(() => {}); // awaited below; a failure while reading the file must not go unhandled
      for (;;) {
        const { value, done } = await lines.next();
        if (done) throw new UserFacingError(`The backup file ends inside table ${table.name}: it is incomplete.`);
        if (value === END_OF_TABLE) break;
        if (!sink.write(`${value}\n`)) await Promise.race([once(sink, "drain"), loaded]);
      }
      sink.end();
      await loaded;
      const { rowCount } = sink;
      sink = undefined;
      if (rowCount !== table.rows) throw new UserFacingError(`Table ${table.name} has ${rowCount} rows in the backup file but ${table.rows} in its header: the file is damaged.`);
    }
    await setUserTriggers(client, header.tables, "ENABLE");
    for (const { name, lastValue } of header.sequences) await client.query("SELECT setval($1, $2::bigint, true)", [`public.${quote(name)}`, lastValue]);
    await client.query("COMMIT");
    return header;
  } catch (error) {
    // A COPY still reading holds the connection: failing it (CopyFail) lets the rollback through.
    if (sink) await finished(sink.destroy(error as Error)).catch(() => {});
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await lines.return(undefined);
    await client.end();
  }
}
