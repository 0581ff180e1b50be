import { randomUUID } from "node:crypto";

// The access matrix's import cells, at the data layer and over HTTP: a row naming an incident by its
// real keys (a reference in its owner's sequence, with or without an external id), checked in a dry
// run or committed, beside the same row with keys nobody has. Plain types, so Playwright can import it.
export const IMPORT_KEYS = ["reference", "reference and external id"] as const;
export const IMPORT_MODES = ["dry run", "commit"] as const;
export type ImportKeys = { reference: string; externalId: string | null };

const DATASET = "Access matrix";
let last = 0;

/**
 * Keys in the owner's sequence: `year` 2014 for incidents that exist (a year the matrix's creates, in
 * 2016, do not number), another for keys nobody has.
 */
export function matrixKeys(ownerShortName: string, withExternalId: boolean, year = 2014): ImportKeys {
  last += 1;
  return { reference: `${ownerShortName}-${year}-${String(last).padStart(4, "0")}`, externalId: withExternalId ? randomUUID() : null };
}

/** The incident columns the keys set. */
export const keyColumns = (keys: ImportKeys) => ({ reference: keys.reference, externalId: keys.externalId, sourceDataset: keys.externalId ? DATASET : null });

/** A ledger-layout file with one row: the keys, and a changed figure (an own incident would be updated). */
export function importFile(keys: ImportKeys, dead: number) {
  const cells = [keys.reference, keys.externalId ?? "", keys.externalId ? DATASET : "", "2016-10-25T08:00:00Z", "\"33.2, 12.6\"", String(dead)];
  return `reference,external_id,source_dataset,occurred_at,position_text,dead\r\n${cells.join(",")}\r\n`;
}

/** The whole report but its hash and time, with the keys written as placeholders: what any other keys would answer. */
export function importAnswer(report: { fileHash: string; durationMs: number }, keys: ImportKeys) {
  let text = JSON.stringify({ ...report, fileHash: undefined, durationMs: undefined }).replaceAll(keys.reference, "<reference>");
  if (keys.externalId) text = text.replaceAll(keys.externalId, "<external id>");
  return JSON.parse(text) as unknown;
}
