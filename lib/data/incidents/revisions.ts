import "server-only";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { loadIncidentForAction } from "./load-for-action";

export const REVISED_FIGURES = ["personsOnBoard", "rescued", "dead", "missing"] as const;
export type RevisedFigure = (typeof REVISED_FIGURES)[number];

export type Revision = { field: RevisedFigure; from: number | null; to: number | null; reason: string | null; actorName: string | null; at: Date };

type Changes = Record<string, unknown>;
const asCount = (value: unknown) => (typeof value === "number" ? value : null);

/**
 * How each figure evolved, oldest first, from the audit events: the CREATE snapshot gives the first
 * value (from null), each UPDATE that touched the figure its from → to and reason.
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
    return REVISED_FIGURES.flatMap((field): Revision[] => {
      const value = changes[field];
      if (event.action === "CREATE") return value === undefined || value === null ? [] : [{ field, from: null, to: asCount(value), ...common }];
      if (!value || typeof value !== "object" || !("to" in value)) return [];
      const change = value as Changes;
      return [{ field, from: asCount(change.from), to: asCount(change.to), ...common }];
    });
  });
}
