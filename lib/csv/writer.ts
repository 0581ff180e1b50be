// Writing CSV for spreadsheets (RFC 4180): fields quoted when they hold a comma, a quote or a line
// break, quotes doubled, CRLF between records; an optional UTF-8 byte-order mark so that Excel reads
// UTF-8. Text that a spreadsheet would run as a formula gets a leading apostrophe.
export const BOM = "\uFEFF";

/**
 * Cells starting with these run as formulas in Excel, LibreOffice and Google Sheets (OWASP CSV injection),
 * the minus sign (U+2212) included. lib/data/export/sql-format.ts says the same in SQL.
 */
const FORMULA_START = /^'*[=+\-@\t\r\u2212]/;
/** The first character after any apostrophes is not ASCII: it may be a compatibility form of one of them. */
const NON_ASCII_START = /^'*[^\u0000-\u007f]/;

/**
 * Whether a spreadsheet could read the text as a formula: as it is, or once compatibility forms are
 * folded to the characters they stand for (NFKC: full-width ＝＋－＠, small ﹦﹢﹣﹫, super- and subscript
 * ⁺⁼₊₌, ⩵ for ==, ＇ for an apostrophe), as spreadsheets fold them.
 */
const isFormulaLike = (text: string) => FORMULA_START.test(text) || (NON_ASCII_START.test(text) && FORMULA_START.test(text.normalize("NFKC")));

/**
 * Prefixes an apostrophe to text a spreadsheet would read as a formula. Text that already starts with
 * apostrophes before such a character gets one more, so `unneutraliseFormula` undoes it exactly.
 */
export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/** The inverse of neutraliseFormula, for reading our own exports back. */
export function unneutraliseFormula(text: string): string {
  return text.startsWith("'") && isFormulaLike(text.slice(1)) ? text.slice(1) : text;
}

export type CsvValue = string | number | boolean | Date | null | undefined;

/** One field: unknown (null/undefined) is an empty cell, never 0; dates in ISO 8601 UTC; numbers as they are. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = neutraliseFormula(value);
  // A leading U+FEFF unquoted would read as a byte-order mark at the start of a file, and be lost.
  return /[",\r\n]|^\uFEFF/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** A whole (small) CSV document: header, records, BOM unless { bom: false }. */
export function csvDocument(header: readonly string[], records: Iterable<readonly CsvValue[]>, { bom = true } = {}): string {
  let out = (bom ? BOM : "") + csvRecord(header);
  for (const record of records) out += csvRecord(record);
  return out;
}
