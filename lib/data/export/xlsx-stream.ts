import "server-only";
import { PassThrough } from "node:stream";
import type { PoolClient } from "pg";
import { to as copyTo } from "pg-copy-streams";
import type { CellKind } from "@/lib/xlsx/cell-value";
import { type SheetColumn, writeSheet } from "@/lib/xlsx/write-sheet";
import { copyTextRows } from "./copy-text-rows";

// PostgreSQL type ids of the figures: int2, int4, int8, float4, float8, numeric.
const NUMERIC_TYPES = new Set([21, 23, 20, 700, 701, 1700]);
// Counts of people that a shareable file may suppress ("<5"), so they are text in SQL (privacy-sql.ts count).
const SUPPRESSIBLE_COUNTS = new Set(["children", "unaccompanied_minors", "women", "pregnant_women", "infants", "men", "girls", "boys", "sex_age_unknown", "count", "Number of Females", "Number of Children"]);
// Instants are ISO 8601 text in SQL (sql-format.ts iso), the column names say which: occurred_at, event_time…
const isTime = (name: string) => /(_at|_time)$/.test(name);

/** Each column's header and the kind of its cells, from the statement's own result types (nothing is read). */
async function sheetColumns(client: PoolClient, select: string): Promise<SheetColumn[]> {
  const { fields } = await client.query(`SELECT * FROM (${select}) AS x LIMIT 0`);
  return fields.map(({ name, dataTypeID }) => {
    const kind: CellKind = NUMERIC_TYPES.has(dataTypeID) ? "number" : isTime(name) ? "time" : SUPPRESSIBLE_COUNTS.has(name) ? "count" : "text";
    return { header: name, kind };
  });
}

/**
 * The rows of `select` as an .xlsx workbook of one sheet, streamed: COPY in PostgreSQL's text format (the
 * CSV export's statement and transaction), each row typed and written as it arrives, pulled as the client
 * reads. Like copyToWebStream, it commits and returns the client at the end and releases it with the
 * error on a client abort or a failure, so a connection stuck mid-COPY is destroyed rather than reused.
 */
export async function copyToXlsxStream(client: PoolClient, select: string, sheetName: string): Promise<ReadableStream<Uint8Array>> {
  const columns = await sheetColumns(client, select);
  const source = client.query(copyTo(`COPY (${select}) TO STDOUT`));
  const out = new PassThrough({ highWaterMark: 256 * 1024 });
  let isReleased = false;
  const release = (error?: Error) => {
    if (isReleased) return;
    isReleased = true;
    client.release(error ?? false);
  };
  const fail = (error: unknown) => {
    const reason = error instanceof Error ? error : new Error(String(error));
    source.destroy();
    release(reason);
    out.destroy(reason);
  };
  writeSheet(out, sheetName, columns, copyTextRows(source))
    .then(async () => {
      await client.query("COMMIT");
      release();
    })
    .catch(fail);
  const chunks = out[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) return controller.close();
        controller.enqueue(new Uint8Array(value));
      } catch (error) {
        fail(error);
        controller.error(error);
      }
    },
    cancel() {
      fail(new Error("Export cancelled by the client"));
    },
  });
}
