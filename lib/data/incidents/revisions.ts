import "server-only";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { loadIncidentForAction } from "./load-for-action";

export const REVISED_FIGURES = ["personsOnBoard", "rescued", "dead", "missing", "women", "men", "girls", "boys", "sexAgeUnknown"] as const;
/** Revised fields that are not counts: the nationalities as "Name (CC): count" lines, the departure. */
export const REVISED_DETAILS = ["nationalities", "departurePlace", "departedAt"] as const;
export type RevisedField = (typeof REVISED_FIGURES)[number] | (typeof REVISED_DETAILS)[number];
export type RevisionValue = number | string | string[] | null;

export type Revision = { field: RevisedField; from: RevisionValue; to: RevisionValue; reason: string | null; actorName: string | null; at: Date };

type Changes = Record<string, unknown>;
const asValue = (value: unknown): RevisionValue =>
  typeof value === "number" || typeof value === "string" ? value : Array.isArray(value) ? value.filter((v) => typeof v === "string") : null;
const isBlank = (value: unknown) => value === undefined || value === null || (Array.isArray(value) && value.length === 0);

/**
 * How each figure (and the people's nationalities and departure) evolved, oldest first, from the audit
 * events: the CREATE snapshot gives the first value (from null), each UPDATE that touched it its from → to and reason.
 */
export async function getRevisions(user: SessionUser, id: string): Promise<Revision[]> {
  await loadIncidentForAction(user, id, "view");
  const events = await db.auditEvent.findMany({
    where: { incidentId: id, entityType: "Incident", action: { in: ["CREATE", "UPDATE"] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { action: true, changes: true, reason: true, createdAt: true, actor: { select: { name: true } } },
  });
  return events.flatMap((event) => {
    const changes = (event.changes ?? {}) as Changes;
    const common = { reason: event.reason, actorName: event.actor?.name ?? null, at: event.createdAt };
    return [...REVISED_FIGURES, ...REVISED_DETAILS].flatMap((field): Revision[] => {
      const value = changes[field];
      if (event.action === "CREATE") return isBlank(value) ? [] : [{ field, from: null, to: asValue(value), ...common }];
      if (!value || typeof value !== "object" || !("to" in value)) return [];
      const change = value as Changes;
      return [{ field, from: asValue(change.from), to: asValue(change.to), ...common }];
    });
  });
}
