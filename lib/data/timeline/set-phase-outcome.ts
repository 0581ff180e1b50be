import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { changedFields, recordAudit } from "@/lib/data/audit";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { PHASE_AUTO, phaseOutcomeInputSchema } from "@/lib/schemas/timeline";
import { derivePhase } from "@/lib/timeline/phase";
import { loadCaseForTimeline, lockCase } from "./lock-case";

/**
 * Sets the case's phase by hand (or lets it follow the timeline again) and its outcome, on the version
 * of the case the user saw, with an UPDATE audit event of what changed.
 */
export async function setPhaseAndOutcome(user: SessionUser, incidentId: string, rawInput: unknown) {
  const input = phaseOutcomeInputSchema.parse(rawInput);
  const incident = await loadCaseForTimeline(user, incidentId, input.version);
  const stored = await db.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { phase: true, phaseSetByHand: true, outcome: true } });
  const facts = await db.timelineEvent.findMany({ where: { incidentId }, select: { id: true, type: true, occurredAt: true, count: true, createdAt: true } });
  const next = input.phase === PHASE_AUTO
    ? { phase: derivePhase(facts), phaseSetByHand: false, outcome: input.outcome }
    : { phase: input.phase, phaseSetByHand: true, outcome: input.outcome };
  const changes = changedFields(stored, next);
  if (Object.keys(changes).length === 0) return { id: incidentId, reference: incident.reference };
  await db.$transaction(async (tx) => {
    // The version still being the one the user saw, what was read above is what the lock holds.
    await lockCase(tx, user, incidentId, input.version);
    await tx.incident.update({ where: { id: incidentId }, data: next });
    await recordAudit(tx, {
      actor: user, action: "UPDATE", entityType: "Incident", entityId: incidentId, incidentId,
      changes: changedFields(stored, next) as Prisma.InputJsonObject,
    });
  });
  return { id: incidentId, reference: incident.reference };
}
