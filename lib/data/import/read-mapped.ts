import "server-only";
import { mapLedgerRow } from "@/lib/csv/ledger-row";
import type { CsvRecord } from "@/lib/csv/reader";
import type { MappedRow } from "@/lib/csv/row-context";
import { checkKeys } from "@/lib/csv/row-keys";
import { messageKey } from "@/lib/i18n/message-key";
import { type FileFacts, fileFacts } from "@/lib/import-mapping/facts";
import { IGNORE } from "@/lib/import-mapping/fields";
import { mappingSchemaFor } from "@/lib/import-mapping/schema";
import { translateRecord } from "@/lib/import-mapping/translate";
import type { Upload } from "./read-upload";

export type MappedRead = { ok: true; upload: Upload } | { ok: false; message: string; facts?: FileFacts };

/**
 * A file in none of our layouts, read through the column mapping sent with it: the mapping is checked
 * against the whole file first (a refusal writes nothing), then each record becomes the ledger layout's
 * cells and goes through the ledger's row reader. Without a mapping: the file's facts, to offer one.
 */
export function readMapped(header: string[], records: Iterable<CsvRecord>, mapping: unknown, limits: { maxRows: number; unknownHeader: string }): MappedRead {
  const lines: CsvRecord[] = [];
  for (const record of records) {
    if (lines.length >= limits.maxRows) return { ok: false, message: messageKey("validation.import.tooManyRows", { max: limits.maxRows }) };
    lines.push(record);
  }
  const facts = fileFacts(header, lines.map((record) => record.fields));
  if (mapping === undefined) return { ok: false, message: limits.unknownHeader, facts };
  const parsed = mappingSchemaFor(facts).safeParse(mapping);
  if (!parsed.success) return { ok: false, message: messageKey("validation.importMapping.refused", { problem: parsed.error.issues[0].message }) };
  const rows = lines.map((record, i): MappedRow => {
    const row = i + 2;
    const { cells, translations } = translateRecord(parsed.data, record.fields);
    const mapped = mapLedgerRow(row, (column) => cells[column as keyof typeof cells] ?? "");
    if (record.fields.length !== header.length) {
      mapped.problems.unshift({
        row, column: "", value: "", severity: "error",
        message: messageKey("validation.import.cellCount", { cells: record.fields.length, header: header.length, line: record.line }),
      });
    }
    mapped.translations.push(...translations);
    checkKeys(mapped, "ledger");
    return mapped;
  });
  const used = parsed.data.columns.filter((c) => c.field !== IGNORE);
  return {
    ok: true,
    upload: {
      layout: "ledger", rows, columns: new Set(used.map((c) => c.field)),
      ignoredColumns: parsed.data.columns.filter((c) => c.field === IGNORE && c.header.trim()).map((c) => c.header),
      mapping: { value: parsed.data, header, headerOf: new Map(used.map((c) => [c.field as string, c.header])) },
    },
  };
}
