/** How a case was read: opened, opened in its edit form, printed, or put into a report. */
export const READ_KINDS = ["view", "edit", "print", "report"] as const;
export type ReadKind = (typeof READ_KINDS)[number];

/** The kind a READ event's details name; anything else reads as "view". */
export function readKindOf(changes: unknown): ReadKind {
  const kind = (changes as { kind?: unknown } | null)?.kind;
  return READ_KINDS.find((k) => k === kind) ?? "view";
}
