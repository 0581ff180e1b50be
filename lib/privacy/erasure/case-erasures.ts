import "server-only";
import { loadIncidentForAction } from "@/lib/data/incidents/load-for-action";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";

/** An erasure as the case's history shows it: which of its fields held the text, how often; never the text. */
export type CaseErasure = { fields: string[]; occurrences: number; actorName: string | null; at: Date; reason: null };

/** The erasures that reached a case, oldest first, for whoever may view it. */
export async function findCaseErasures(user: SessionUser, incidentId: string): Promise<CaseErasure[]> {
  await loadIncidentForAction(user, incidentId, "view");
  const events = await db.auditEvent.findMany({
    where: { incidentId, action: "ERASE" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { changes: true, createdAt: true, actor: { select: { name: true } } },
  });
  return events.map(({ changes, createdAt, actor }) => {
    const { fields, occurrences } = (changes ?? {}) as { fields?: unknown; occurrences?: unknown };
    return {
      fields: Array.isArray(fields) ? fields.filter((f): f is string => typeof f === "string") : [],
      occurrences: typeof occurrences === "number" ? occurrences : 0,
      actorName: actor?.name ?? null, at: createdAt, reason: null,
    };
  });
}
