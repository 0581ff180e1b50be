import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { finished } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { appliedMigrations, type MigrationDump, quote, type SequenceDump, serverMajor, type TableDump, tablesInLoadOrder, usedSequences } from "./catalog";

export const COPY_DUMP_FORMAT = "rescue-ledger-copy-dump";
export const END_OF_TABLE = "\\.";

export type CopyDumpHeader = {
  format: typeof COPY_DUMP_FORMAT;
  formatVersion: 1;
  createdAt: string;
  serverMajor: number;
  migrations: MigrationDump[];
  tables: TableDump[];
  sequences: SequenceDump[];
};

/**
 * For when no pg_dump can read the server (the embedded PostgreSQL ships none): one gzip file holding a
 * JSON header (the migrations that make the schema, tables in load order, sequences), then each table
 * as COPY text ending in `\.`, all from one snapshot. COPY text escapes newlines, so lines are rows.
 */
export async function writeCopyDump(url: string, file: string) {
  const client = new pg.Client({ connectionString: url });
  const partial = `${file}.partial`;
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const header: CopyDumpHeader = {
      format: COPY_DUMP_FORMAT, formatVersion: 1, createdAt: new Date().toISOString(), serverMajor: await serverMajor(client),
      migrations: await appliedMigrations(client), tables: await tablesInLoadOrder(client), sequences: await usedSequences(client),
    };
    const gzip = createGzip();
    const written = finished(gzip.pipe(createWriteStream(partial, { mode: 0o600 })));
    const write = async (chunk: string | Buffer) => {
      if (!gzip.write(chunk)) await once(gzip, "drain");
    };
    await write(`${JSON.stringify(header)}\n`);
    for (const table of header.tables) {
      for await (const chunk of client.query(copyTo(`COPY ${quote(table.name)} (${table.columns.map(quote).join(", ")}) TO STDOUT`))) await write(chunk);
      await write(`${END_OF_TABLE}\n`);
    }
    gzip.end();
    await written;
    await client.query("COMMIT");
    await rename(partial, file);
    return header;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}
