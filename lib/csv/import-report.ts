import type { MappingOffer } from "@/lib/import-mapping/propose-mapping";
import type { ImportLayout } from "./layouts";
import type { Problem } from "./row-context";
import type { StoryTable } from "./story-rows";
import { csvDocument } from "./writer";

// What a dry run or a commit reports to the importer; shared by the server and the import page.
export type ImportReport = {
  fileName: string;
  fileHash: string;
  /** "mapped": a file in a layout of its own, read through a column mapping. */
  layout: ImportLayout | StoryTable | "mapped";
  rowsRead: number;
  /** Dry run: would create / update; after a commit: created / updated. */
  create: number;
  update: number;
  unchanged: number;
  /** Rows with an error: never written. */
  skipped: number;
  warnings: number;
  problems: Problem[];
  problemCount: number;
  notes: { column: string; from: string; to: string; rows: number }[];
  ignoredColumns: string[];
  newVessels: string[];
  newOrganizations: string[];
  committed: boolean;
  /** Set when a commit wrote nothing (all or nothing, with rows in error). */
  refusal?: string;
  durationMs: number;
  /** Set instead of figures when the file is in no layout of ours: the column mapping to confirm first. */
  mappingOffer?: MappingOffer;
};

export const PROBLEMS_SHOWN = 5_000;

/** The problems as a CSV file for the importer to fix their spreadsheet. */
export function problemsCsv(problems: readonly Problem[]): string {
  return csvDocument(["row", "column", "value", "severity", "message"], problems.map((p) => [p.row, p.column, p.value, p.severity, p.message]));
}
