import { randomInt } from "node:crypto";
import { IOM_2021_COLUMNS, IOM_COLUMNS } from "@/lib/csv/columns";
import { readCsv } from "@/lib/csv/reader";
import { csvRecord } from "@/lib/csv/writer";

// Small CSV files for the import tests, with IOM ids no other test uses (the IOM keys are global).
const header = (columns: readonly { name: string }[]) => columns.map((c) => `"${c.name}"`).join(",");
export const IOM_HEADER = header(IOM_COLUMNS);
export const IOM_2021_HEADER = header(IOM_2021_COLUMNS);

export type IomCells = Partial<Record<(typeof IOM_COLUMNS)[number]["name"], string>>;
export type Iom2021Cells = Partial<Record<(typeof IOM_2021_COLUMNS)[number]["name"], string>>;

export function uniqueWebId() {
  return String(900_000_000 + randomInt(99_999_999));
}

/** An Incident ID as IOM writes them today, e.g. 2016.MMP912345678. */
export function uniqueIncidentId() {
  return `2016.MMP${uniqueWebId()}`;
}

/** A row of today's layout: the reference case, one record of its event. */
export function iomRow(cells: IomCells) {
  const id = uniqueIncidentId();
  const base: IomCells = {
    "Main ID": id, "Incident ID": id, Region: "Mediterranean", "Incident Date": "Tue, 10/25/2016 - 12:00", Year: "2016", "Reported Month": "October",
    "Number Dead": "29", "Number of Survivors": "107", "Number of Males": "20", "Region of Origin": "Sub-Saharan Africa",
    "Cause of Death": "Drowning, Suffocation", "Country of Origin": "Eritrea, Sudan", "Location of death": "26 nautical miles off Libya",
    "Information Source": "MSF", Coordinates: "33.25, 12.6", "Migration route": "Central Mediterranean", URL: "https://example.org/a",
    "UNSD Geographical Grouping": "Uncategorized", "Source Quality": "4",
  };
  const merged = { ...base, ...cells };
  return csvRecord(IOM_COLUMNS.map((c) => merged[c.name] ?? ""));
}

/** A row of the 2014–2021 layout. */
export function iom2021Row(cells: Iom2021Cells) {
  const base: Iom2021Cells = {
    "Web ID": uniqueWebId(), Region: "Mediterranean", "Reported Date": "October 25, 2016", "Reported Year": "2016", "Reported Month": "Oct",
    "Number Dead": "29", "Minimum Estimated Number of Missing": "", "Total Dead and Missing": "29", "Number of Survivors": "107",
    "Cause of Death": "Presumed drowning", "Location Description": "26 nautical miles off Libya", "Information Source": "MSF",
    "Location Coordinates": "33.25, 12.6", "Migration Route": "Central Mediterranean", URL: "https://example.org/a", "Source Quality": "4",
  };
  const merged = { ...base, ...cells };
  return csvRecord(IOM_2021_COLUMNS.map((c) => merged[c.name] ?? ""));
}

export const file = (...lines: string[]) => new TextEncoder().encode(lines.map((l) => (l.endsWith("\n") ? l : `${l}\r\n`)).join(""));

/** A CSV export's records without the columns only the system sets (times of creation and change). */
export function withoutTimes(text: string) {
  const records = [...readCsv(text)].map((r) => r.fields);
  const drop = new Set(["created_at", "updated_at"].map((name) => records[0].indexOf(name)));
  return records.map((fields) => fields.filter((_, i) => !drop.has(i)));
}
