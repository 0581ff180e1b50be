// Reading CSV (RFC 4180) as spreadsheets and databases write it: comma-separated, fields optionally in
// double quotes with "" for a quote, line breaks inside quoted fields, CRLF, LF or CR between records,
// a byte-order mark tolerated. Malformed input stops with the line to look at, never a guess.
import { messageKey } from "@/lib/i18n/message-key";

export type CsvRecord = { fields: string[]; line: number };

/** A file the reader cannot read: its message a key of the message files, naming the line to look at. */
export class CsvError extends Error {
  constructor(problem: string, readonly line: number) {
    super(messageKey("validation.import.csvLine", { line, problem }));
  }
}

export type CsvLimits = { maxFields?: number; maxFieldLength?: number };
export const DEFAULT_LIMITS = { maxFields: 500, maxFieldLength: 100_000 } as const;

const QUOTE = 34, COMMA = 44, CR = 13, LF = 10;

/** Records in order, each with the line it starts on; blank lines are skipped. */
export function* readCsv(text: string, limits: CsvLimits = {}): Generator<CsvRecord> {
  const { maxFields, maxFieldLength } = { ...DEFAULT_LIMITS, ...limits };
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let isQuoted = false;
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        isQuoted = true;
        const opened = line;
        let parts = "";
        let from = i + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0) throw new CsvError(messageKey("validation.import.csvUnclosedQuote"), opened);
          parts += text.slice(from, close);
          if (parts.length > maxFieldLength) throw tooLong(opened, maxFieldLength);
          if (text.charCodeAt(close + 1) === QUOTE) {
            parts += '"';
            from = close + 2;
            continue;
          }
          i = close + 1;
          break;
        }
        line += countLineBreaks(parts);
        value = parts;
        const next = text.charCodeAt(i);
        if (i < n && next !== COMMA && next !== CR && next !== LF) {
          throw new CsvError(messageKey("validation.import.csvTextAfterQuote", { field: fields.length + 1 }), line);
        }
      } else {
        let end = i;
        while (end < n) {
          const c = text.charCodeAt(end);
          if (c === COMMA || c === CR || c === LF) break;
          if (c === QUOTE) throw new CsvError(messageKey("validation.import.csvQuoteInField", { field: fields.length + 1 }), line);
          if (++end - i > maxFieldLength) throw tooLong(line, maxFieldLength);
        }
        value = text.slice(i, end);
        i = end;
      }
      fields.push(value);
      if (fields.length > maxFields) throw new CsvError(messageKey("validation.import.csvTooManyColumns", { max: maxFields }), start);
      if (text.charCodeAt(i) === COMMA) {
        i++;
        continue;
      }
      break;
    }
    if (text.charCodeAt(i) === CR) i++;
    if (text.charCodeAt(i) === LF) i++;
    line++;
    if (isQuoted || fields.length > 1 || fields[0] !== "") yield { fields, line: start };
  }
}

function countLineBreaks(text: string) {
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) count++;
  }
  return count;
}

function tooLong(line: number, max: number) {
  return new CsvError(messageKey("validation.import.csvFieldTooLong", { max }), line);
}
