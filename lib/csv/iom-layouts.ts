import { IOM_2021_COLUMNS, IOM_COLUMNS, IOM_DATASET, IOM_INCIDENT_DATASET, type ColumnDoc } from "./columns";
import { type Read, readDay, readIomDateTime } from "./values";

// IOM's two download layouts, column by column: what the importer reads where, and which record key each
// has. Today's layout names one record per Incident ID and the event it belongs to by Main ID.
export type IomLayout = "iom" | "iom2021";

export type IomSpec = {
  columns: readonly ColumnDoc[];
  dataset: string;
  /** The record's key column. */
  id: string;
  /** Whether a key is IOM's; any other is one of our references (our export of our own cases in this layout). */
  isIomId: (id: string) => boolean;
  readDate: (text: string) => Read<Date | null>;
  /** The columns checked against the date; the total checked against dead + missing. */
  checks: { year: string; month: string; total?: string };
  /** Where each field of the incident schema comes from. */
  fields: Record<string, string>;
};

const SHARED_FIELDS = {
  region: "Region", dead: "Number Dead", missing: "Minimum Estimated Number of Missing", rescued: "Number of Survivors",
  women: "Number of Females", men: "Number of Males", children: "Number of Children", causesOfDeath: "Cause of Death",
  source: "Information Source", sourceUrl: "URL", unsdGrouping: "UNSD Geographical Grouping", sourceQuality: "Source Quality",
};

export const IOM_LAYOUTS: Record<IomLayout, IomSpec> = {
  iom: {
    columns: IOM_COLUMNS,
    dataset: IOM_INCIDENT_DATASET,
    id: "Incident ID",
    // IOM writes "2014.MMP00001"; every reference of ours has a hyphen after the organization's short name.
    isIomId: (id) => !id.includes("-"),
    readDate: readIomDateTime,
    checks: { year: "Year", month: "Reported Month" },
    fields: {
      ...SHARED_FIELDS, eventGroup: "Main ID", occurredAt: "Incident Date", position: "Coordinates", route: "Migration route",
      locationOfDeath: "Location of death", regionOfOrigin: "Region of Origin", nationalities: "Country of Origin",
    },
  },
  iom2021: {
    columns: IOM_2021_COLUMNS,
    dataset: IOM_DATASET,
    id: "Web ID",
    isIomId: (id) => /^\d+$/.test(id),
    readDate: readDay,
    checks: { year: "Reported Year", month: "Reported Month", total: "Total Dead and Missing" },
    fields: {
      ...SHARED_FIELDS, occurredAt: "Reported Date", position: "Location Coordinates", route: "Migration Route",
      locationOfDeath: "Location Description",
    },
  },
};

export const isIomLayout = (layout: string): layout is IomLayout => layout in IOM_LAYOUTS;
