import { randomInt } from "node:crypto";
import { IOM_COLUMNS } from "@/lib/csv/columns";
import { readCsv } from "@/lib/csv/reader";
import { csvRecord } from "@/lib/csv/writer";

// Small CSV files for the import tests, with Web IDs no other test uses (the IOM key is global).
export const IOM_HEADER = IOM_COLUMNS.map((c) => `"${c.name}"`).join(",");

export type IomCells = Partial<Record<(typeof IOM_COLUMNS)[number]["name"], string>>;

export function uniqueWebId() {
  return String(900_000_000 + randomInt(99_999_999));
}

export function iomRow(cells: IomCells) {
  const base: IomCells = {
    "Web ID": uniqueWebId(), Region: "Mediterranean", "Reported Date": "October 25, 2016", "Reported Year": "2016", "Reported Month": "Oct",
    "Number Dead": "29", "Minimum Estimated Number of Missing": "", "Total Dead and Missing": "29", "Number of Survivors": "107",
    "Cause of Death": "Presumed drowning", "Location Description": "26 nautical miles off Libya", "Information Source": "MSF",
    "Location Coordinates": "33.25, 12.6", "Migration Route": "Central Mediterranean", URL: "https://example.org/a", "Source Quality": "4",
  };
  const merged = { ...base, ...cells };
  return csvRecord(IOM_COLUMNS.map((c) => merged[c.name] ?? ""));
}

export const file = (...lines: string[]) => new TextEncoder().encode(lines.map((l) => (l.endsWith("\n") ? l : `${l}\r\n`)).join(""));

/** A CSV export's records without the columns only the system sets (times of creation and change). */
export function withoutTimes(text: string) {
  const records = [...readCsv(text)].map((r) => r.fields);
  const drop = new Set(["created_at", "updated_at"].map((name) => records[0].indexOf(name)));
  return records.map((fields) => fields.filter((_, i) => !drop.has(i)));
}
