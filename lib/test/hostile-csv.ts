import fc from "fast-check";
import { IOM_2021_COLUMNS } from "@/lib/csv/columns";
import { csvRecord } from "@/lib/csv/writer";
import { malformedPosition, nastyText } from "./hostile-input";

// Generators of CSV uploads for the importer (fast-check): hostile cells, broken quoting, odd line
// endings, byte-order marks and bytes that are not UTF-8 text.

const HOSTILE_CELLS = [
  '"', '""', 'a"b', '"quoted"', "a,b", "line\nbreak", "line\r\nbreak", "\r", "\uFEFF", "=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "'=1",
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "1e400", "NaN", "-5", "1,000", "1.000", "99999999999", "½",
  "0001-01-01", "9999-12-31T23:59:59Z", "2016-02-30", "+275760-09-13T00:00:00.000Z", "2016-10-25T08:30", "October 45, 2016",
  "91, 181", "181, 91", "12.6, 33.2", "-0, -0", ";", "A;B;;C", ": ROLE", "X: SPOTTING", "FUEL_BURN/MINOR: -1", "2 HELICOPTER at tomorrow",
];

/** Printable text that does not compress (a pseudo-random sequence), so that it cannot shrink to fit an index entry. */
function incompressible(length: number, seed: number) {
  let x = seed;
  return Array.from({ length }, () => String.fromCharCode(33 + ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 16) % 90)).join("");
}

/** A cell of 1,000–10,000 characters (and now and then one over the reader's 100,000 limit). */
const longCell = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.integer({ min: 1_000, max: 10_000 }), fc.nat()).map(([length, seed]) => incompressible(length, seed)) },
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom("x", "é", "9", "<b>", '"', "\n", "👩‍👩‍👧"), fc.integer({ min: 1_000, max: 10_000 })).map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length))) },
  { weight: 1, arbitrary: fc.constant("y".repeat(100_001)) },
);

export const hostileCell = fc.oneof(fc.constantFrom(...HOSTILE_CELLS), nastyText, malformedPosition, longCell);

/** References an organization might put in its file: its own, odd, enormous, or another's. */
export const hostileReference = (shortName: string) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom("", `${shortName}-2016-0001`, `${shortName}-2016-99999999999`, `${shortName}-2016-2147483647`, `${shortName}-0000-0000`, `${shortName}-`, `${shortName}-<b>`, "OTHER-2016-0001", "IOM-1") },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 5_000 }).map((n) => `${shortName}-2016-${"9".repeat(n)}`) },
    { weight: 2, arbitrary: longCell.map((text) => `${shortName}-${text}`) },
    { weight: 1, arbitrary: hostileCell },
  );

const LEDGER_VALID: Record<string, string> = {
  reference: "", status: "SUBMITTED", occurred_at: "2016-10-25T08:30:00+02:00", position_text: "33°15.0'N 012°36.0'E", region: "Mediterranean",
  boat_type: "INFLATABLE", rescued: "107", dead: "29", missing: "", injuries: "FUEL_BURN/MINOR: 12", evacuations: "2 HELICOPTER to Lampedusa at 2016-10-25T10:40:00Z",
  narrative: "An inflatable taking water off Libya.", source: "MSF", source_quality: "4", vessel: "", partners: "", external_id: "", source_dataset: "",
};
const LEDGER_OPTIONAL = Object.keys(LEDGER_VALID).filter((column) => column !== "occurred_at" && column !== "position_text");

/** A ledger row's cells: valid ones with a generated reference and 0–3 cells made hostile or named after existing records. */
const ledgerRow = (shortName: string, names: string[]) =>
  fc.tuple(hostileReference(shortName), fc.dictionary(fc.constantFrom(...Object.keys(LEDGER_VALID)), fc.oneof(hostileCell, fc.constantFrom(...names)), { maxKeys: 3 }))
    .map(([reference, broken]): Record<string, string> => ({ ...LEDGER_VALID, reference, ...broken }));

const iomRow = (broken: Record<string, string>) => {
  const cells: Record<string, string> = {
    Region: "Mediterranean", "Reported Date": "October 25, 2016", "Reported Year": "2016", "Reported Month": "Oct", "Number Dead": "29", "Total Dead and Missing": "29",
    "Number of Survivors": "107", "Cause of Death": "Presumed drowning", "Location Coordinates": "33.25, 12.6", "Migration Route": "Central Mediterranean", "Source Quality": "4",
    ...broken,
  };
  return IOM_2021_COLUMNS.map((c) => cells[c.name] ?? "");
};

const ledgerTable = (shortName: string, names: string[]) =>
  fc.record({
    optional: fc.subarray(LEDGER_OPTIONAL),
    extra: fc.array(fc.oneof(nastyText, fc.constantFrom("occurred_at", "Reference", " narrative ")), { maxLength: 2 }),
    rows: fc.array(ledgerRow(shortName, names), { maxLength: 4 }),
  }).chain(({ optional, extra, rows }) => {
    const columns = ["occurred_at", "position_text", ...optional, ...extra];
    return fc.shuffledSubarray(columns, { minLength: columns.length }).map((header) => [header, ...rows.map((cells) => header.map((name) => (Object.hasOwn(cells, name) ? cells[name] : "")))]);
  });

const iomTable = fc.array(
  fc.tuple(fc.dictionary(fc.constantFrom(...IOM_2021_COLUMNS.map((c) => c.name)), hostileCell, { maxKeys: 3 }), fc.integer({ min: 100_000_000, max: 999_999_999 })).map(([broken, webId]) => iomRow({ "Web ID": String(webId), ...broken })),
  { maxLength: 4 },
).map((rows) => [IOM_2021_COLUMNS.map((c) => c.name), ...rows]);

/** What can happen to a file's bytes on the way: nothing, a BOM, a stray byte, another encoding. */
const BYTE_DAMAGE = ["none", "bom", "bom-twice", "latin-1", "lone-continuation", "surrogate", "truncated-sequence", "nul", "utf-16", "zip"] as const;

function damage(bytes: Uint8Array<ArrayBuffer>, kind: (typeof BYTE_DAMAGE)[number], at: number): Uint8Array<ArrayBuffer> {
  const i = bytes.length ? at % bytes.length : 0;
  const insert = (...inserted: number[]) => new Uint8Array([...bytes.subarray(0, i), ...inserted, ...bytes.subarray(i)]);
  switch (kind) {
    case "bom": return new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    case "bom-twice": return new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...bytes]);
    case "latin-1": return insert(0xe9);
    case "lone-continuation": return insert(0x80);
    case "surrogate": return insert(0xed, 0xa0, 0x80);
    case "truncated-sequence": return insert(0xe2, 0x82);
    case "nul": return insert(0x00);
    case "utf-16": return new Uint8Array([0xff, 0xfe, ...bytes]);
    case "zip": return new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]);
    default: return bytes;
  }
}

/** Records as a spreadsheet writes them, or cells joined with commas whatever they hold (broken quoting). */
function encode(records: string[][], isQuoted: boolean, newline: string) {
  const lines = records.map((cells) => (isQuoted ? csvRecord(cells).slice(0, -2) : cells.join(",")));
  return lines.join(newline) + newline;
}

/**
 * An upload of the importer's organization `shortName` in either layout, with hostile cells, header
 * names and bytes; `names` are vessel and organization names that exist.
 */
export function hostileUpload(shortName: string, names: string[]) {
  return fc
    .record({
      table: fc.oneof({ weight: 3, arbitrary: ledgerTable(shortName, names) }, { weight: 1, arbitrary: iomTable }),
      isQuoted: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      newline: fc.constantFrom("\r\n", "\n", "\r"),
      damage: fc.oneof({ weight: 4, arbitrary: fc.constant("none" as const) }, { weight: 3, arbitrary: fc.constantFrom(...BYTE_DAMAGE) }),
      at: fc.nat(),
    })
    .map(({ table, isQuoted, newline, damage: kind, at }) => damage(new TextEncoder().encode(encode(table, isQuoted, newline)), kind, at));
}
