import "server-only";
import type { SessionUser } from "@/lib/data/users";
import { loadIncidentForAction } from "@/lib/data/incidents/load-for-action";
import { db } from "@/lib/db";
import { readKindOf } from "./read-kind";

/** The case page lists this many readers, newest first; the audit log has the rest. */
export const READERS_SHOWN = 20;

/**
 * Who read a case (name, organization), when and how, newest first: for the coordinators and admins of
 * the organization that recorded it alone (the "audit" rule), never for field staff or partners.
 */
export async function findCaseReaders(user: SessionUser, incidentId: string) {
  await loadIncidentForAction(user, incidentId, "audit");
  const events = await db.auditEvent.findMany({
    where: { incidentId, action: "READ" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: READERS_SHOWN + 1,
    select: {
      id: true, createdAt: true, changes: true,
      actor: { select: { id: true, name: true, organization: { select: { id: true, name: true, shortName: true } } } },
    },
  });
  const readers = events.slice(0, READERS_SHOWN).map(({ id, createdAt, changes, actor }) => ({
    id: id.toString(),
    at: createdAt,
    kind: readKindOf(changes),
    reader: actor && { id: actor.id, name: actor.name, organization: actor.organization },
  }));
  return { readers, hasMore: events.length > READERS_SHOWN };
}

export type CaseReaders = Awaited<ReturnType<typeof findCaseReaders>>;
