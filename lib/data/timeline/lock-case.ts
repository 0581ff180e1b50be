import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/app-error";
import { messageKey } from "@/lib/i18n/message-key";
import { recordAudit } from "@/lib/data/audit";
import { loadIncidentForAction } from "@/lib/data/incidents/load-for-action";
import type { SessionUser } from "@/lib/data/users";
import { derivePhase, FOLLOWS_TIMELINE_REASON } from "@/lib/timeline/phase";
import type { TimelineFact } from "@/lib/timeline/order";
import { factOf } from "./event-record";

type Tx = Prisma.TransactionClient;

const stale = (seen: number, now: number | null) =>
  new AppError(
    "conflict",
    now === null ? messageKey("validation.timeline.caseGone") : messageKey("validation.timeline.stale", { seen, now }),
  );

/**
 * The case the user is about to change the timeline of, as the incident's "edit" rule allows (other
 * organizations: not found; partners and closed statuses: forbidden), refused early when the version
 * the user saw is already stale.
 */
export async function loadCaseForTimeline(user: SessionUser, incidentId: string, version: number) {
  const incident = await loadIncidentForAction(user, incidentId, "edit");
  if (incident.version !== version) throw stale(version, incident.version);
  return incident;
}

/**
 * Inside the change's transaction: bumps the case's version if it is still the one the user saw (the
 * row stays locked until commit, so timeline changes of one case queue), then reads what the rules
 * need, as committed before this change.
 */
export async function lockCase(tx: Tx, user: SessionUser, incidentId: string, version: number) {
  const { count } = await tx.incident.updateMany({
    where: { id: incidentId, version, deletedAt: null },
    data: { version: { increment: 1 }, updatedById: user.id },
  });
  if (count === 0) {
    const now = await tx.incident.findFirst({ where: { id: incidentId, deletedAt: null }, select: { version: true } });
    throw stale(version, now?.version ?? null);
  }
  // One after the other: a transaction's queries share one connection.
  const incident = await tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { rescued: true, phase: true, phaseSetByHand: true } });
  const events = await tx.timelineEvent.findMany({ where: { incidentId }, select: { id: true, type: true, occurredAt: true, count: true, createdAt: true } });
  return { ...incident, facts: events.map(factOf) };
}

/** Moves the phase along with the timeline, unless it was set by hand; audited as a change of the case. */
export async function followTimeline(tx: Tx, user: SessionUser, incidentId: string, state: { phase: string; phaseSetByHand: boolean }, facts: TimelineFact[]) {
  if (state.phaseSetByHand) return;
  const phase = derivePhase(facts);
  if (phase === state.phase) return;
  await tx.incident.update({ where: { id: incidentId }, data: { phase } });
  await recordAudit(tx, {
    actor: user, action: "UPDATE", entityType: "Incident", entityId: incidentId, incidentId,
    changes: { phase: { from: state.phase, to: phase } }, reason: FOLLOWS_TIMELINE_REASON,
  });
}

