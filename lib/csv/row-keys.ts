import { IOM_LAYOUTS, isIomLayout } from "./iom-layouts";
import type { ImportLayout } from "./layouts";
import type { MappedRow } from "./row-context";
import { messageKey } from "@/lib/i18n/message-key";

// A row's keys go into unique indexes, whose entries hold a few kilobytes at most, and the organization's
// yearly reference counter (an int) continues after the highest reference imported: both need bounds.
export const MAX_KEY_LENGTH = 100;
export const MAX_REFERENCE_NUMBER = 999_999;

/** The column of a layout that holds a row's reference or external id (both in one column in IOM's layouts). */
export function keyColumn(layout: ImportLayout, key: "reference" | "external_id") {
  return isIomLayout(layout) ? IOM_LAYOUTS[layout].id : key;
}

/** Records an error on each key column of the row that is too long, or whose reference number is too large. */
export function checkKeys(row: MappedRow, layout: ImportLayout) {
  const referenceColumn = keyColumn(layout, "reference");
  const keys: [string, string | null][] = [[referenceColumn, row.reference], [keyColumn(layout, "external_id"), row.externalId], ["source_dataset", row.sourceDataset]];
  const failed = new Set<string>();
  const error = (column: string, value: string, message: string) => {
    if (failed.has(column)) return;
    failed.add(column);
    row.problems.push({ row: row.row, column, value: value.slice(0, MAX_KEY_LENGTH), message, severity: "error" });
  };
  for (const [column, value] of keys) {
    if (value && value.length > MAX_KEY_LENGTH) error(column, value, messageKey("validation.import.keyTooLong", { max: MAX_KEY_LENGTH, length: value.length }));
  }
  const number = /^.+-\d{4}-(\d{4,})$/.exec(row.reference ?? "")?.[1];
  if (number && Number(number) > MAX_REFERENCE_NUMBER) {
    error(referenceColumn, row.reference!, messageKey("validation.import.referenceNumberTooHigh", { max: MAX_REFERENCE_NUMBER }));
  }
}
