import "server-only";
import { after } from "next/server";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import type { ReadKind } from "./read-kind";

export type CaseRead = { incidentId: string; kind: ReadKind };

/**
 * Re-opening a case the same way within this many minutes is the same reading: one event, the first. A
 * coordinator learns who read a case and when they started; a reload or a back-and-forth adds nothing.
 */
export const READ_COALESCE_MINUTES = 10;

/**
 * Records that the user read a case, as an AuditEvent READ with { kind }, unless they read it the same way
 * in the last READ_COALESCE_MINUTES: one INSERT … WHERE NOT EXISTS, on the actor's (actorId, createdAt)
 * index. Call it after the read succeeded (the access check is the reader's). Two requests at the same
 * instant may both write: the record errs towards more. Never throws: a failure is logged, and the page
 * the user asked for is unaffected. Resolves to whether an event was written.
 */
export async function recordRead(user: Pick<SessionUser, "id" | "organizationId">, { incidentId, kind }: CaseRead): Promise<boolean> {
  try {
    const written = await db.$executeRaw`
      INSERT INTO "AuditEvent" ("actorId", "organizationId", action, "entityType", "entityId", "incidentId", changes)
      SELECT ${user.id}::uuid, ${user.organizationId}::uuid, 'READ'::"AuditAction", 'Incident', ${incidentId}, ${incidentId}::uuid, jsonb_build_object('kind', ${kind}::text)
      WHERE NOT EXISTS (
        SELECT 1 FROM "AuditEvent"
        WHERE "actorId" = ${user.id}::uuid AND "createdAt" > now() - make_interval(mins => ${READ_COALESCE_MINUTES}::int)
          AND action = 'READ' AND "incidentId" = ${incidentId}::uuid AND changes->>'kind' = ${kind}::text
      )`;
    return written > 0;
  } catch (error) {
    console.error(`[reads] could not record that user ${user.id} read case ${incidentId} (${kind}):`, error);
    return false;
  }
}

/**
 * recordRead once the response has been sent (Next's after()), so that no page waits for it. The
 * environment switch exists for the benchmark alone (scripts/bench/reads.ts), which times pages both ways.
 */
export function recordReadAfterResponse(user: Pick<SessionUser, "id" | "organizationId">, read: CaseRead) {
  if (process.env.BENCH_WITHOUT_READ_RECORDS === "1") return;
  after(() => recordRead(user, read));
}
