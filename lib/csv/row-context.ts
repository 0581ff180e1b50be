import { type Read, readCount } from "./values";
import { messageKey } from "@/lib/i18n/message-key";

// What reading one row of an upload yields besides values: problems (errors skip the row, warnings
// do not) and translations (a value read as another, counted in the dry run's notes).
export type Problem = { row: number; column: string; value: string; message: string; severity: "error" | "warning" };
export type Translation = { column: string; from: string; to: string };

export type MappedRow = {
  /** The row number a spreadsheet shows (the header is row 1). */
  row: number;
  reference: string | null;
  externalId: string | null;
  sourceDataset: string | null;
  status: "DRAFT" | "SUBMITTED" | "VERIFIED" | "ARCHIVED";
  /** Input for createIncidentSchema (vessel and partners still by name for the ledger layout). */
  values: Record<string, unknown>;
  vesselName: string | null;
  /** The organization the file names (ledger layout); rows always go to the importer's. */
  organization?: string | null;
  partnerNames: { name: string; role: string }[];
  problems: Problem[];
  translations: Translation[];
};

export function rowContext(row: number, cell: (column: string) => string) {
  const problems: Problem[] = [];
  const translations: Translation[] = [];
  const add = (severity: Problem["severity"]) => (column: string, message: string, value = cell(column)) => {
    problems.push({ row, column, value, message, severity });
  };
  const error = add("error");
  return {
    problems,
    translations,
    error,
    warn: add("warning"),
    translate: (column: string, from: string, to: string) => translations.push({ column, from, to }),
    /** The value of a reader, or undefined after recording its message as an error on the column. */
    read<T>(column: string, result: Read<T>): T | undefined {
      if (!result.ok) return void error(column, result.message);
      if (result.note) translations.push({ column, from: result.note, to: "" });
      return result.value;
    },
    count(column: string) {
      const result = readCount(cell(column));
      if (!result.ok) return void error(column, result.message);
      if (result.note) problems.push({ row, column, value: cell(column), message: messageKey("validation.import.readAsThousands", { value: String(result.value) }), severity: "warning" });
      return result.value;
    },
  };
}

export type RowContext = ReturnType<typeof rowContext>;
