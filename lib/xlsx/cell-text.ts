// A cell's stored value as the text a CSV file would have: numbers in plain decimal notation (no
// exponent, no thousands separator), dates and times as ISO 8601 in UTC (a spreadsheet's dates carry no
// zone), booleans as TRUE/FALSE as spreadsheets write them to CSV.

// Built-in number formats that show a date or a time (ECMA-376 §18.8.30, and the East Asian ones).
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a number format shows a date or time: y, m, d, h or s outside quoted text, escapes and [colours]; [h]:mm is a duration. */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return DATE_FORMAT_IDS.has(id);
  const bare = code.replace(/"[^"]*"|\\.|_.|\*./g, "");
  if (/\[(h+|m+|s+)\]/i.test(bare)) return false;
  return /[ymdhs]/i.test(bare.replace(/\[[^\]]*\]/g, "").split(";")[0]);
}

const DAY_MS = 86_400_000;

/** A date serial (days since 1899-12-30, or since 1904-01-01 in a 1904 workbook) as ISO 8601 UTC, to the millisecond. */
export function serialToIso(serial: number, is1904: boolean): string {
  // Excel counts a 29 February 1900 that never was: serials before it are one day later than they say.
  const days = is1904 ? serial + 1462 : serial < 60 ? serial + 1 : serial;
  return new Date(Math.round((days - 25569) * DAY_MS)).toISOString();
}

/** The shortest decimal text that reads back as the same number, without an exponent. */
export function plainDecimal(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, first, rest = "", exponent] = match;
  const digits = first + rest;
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  return `${sign}${digits.padEnd(point, "0")}${point < digits.length ? `.${digits.slice(point)}` : ""}`;
}
