import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/app-error";
import { messageKey } from "@/lib/i18n/message-key";

/**
 * The other side of the timeline's rule that people taken aboard never exceed persons rescued: an edit
 * of the case that lowers the number rescued below them is refused. Call it inside the edit's
 * transaction, after the case's row is locked.
 */
export async function refuseRescuedBelowTakenAboard(tx: Prisma.TransactionClient, incidentId: string, rescued: number | null) {
  if (rescued === null) return;
  const { _sum } = await tx.timelineEvent.aggregate({ where: { incidentId, type: "PERSONS_TAKEN_ABOARD" }, _sum: { count: true } });
  const problem = rescuedBelowTakenAboard(rescued, _sum.count ?? 0);
  if (problem) throw new AppError("invalid", messageKey("errors.invalid"), { rescued: [problem] });
}

/** The rule's message when `rescued` is below the people the timeline says were taken aboard, or null. */
export function rescuedBelowTakenAboard(rescued: number | null, takenAboard: number): string | null {
  if (rescued === null || takenAboard <= rescued) return null;
  return messageKey("validation.incident.rescuedBelowAboard", { rescued, aboard: takenAboard });
}
