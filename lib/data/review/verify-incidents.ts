import "server-only";
import { z } from "zod";
import { AppError, type AppErrorCode } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import { changeIncidentStatus } from "@/lib/data/incidents/change-incident-status";
import type { SessionUser } from "@/lib/data/users";
import { messageKey } from "@/lib/i18n/message-key";

const MAX_CASES = 50;

const selectionSchema = z
  .array(z.object({ id: z.uuid(), version: z.coerce.number().int().min(1) }))
  .min(1, messageKey("validation.review.chooseCases"))
  .max(MAX_CASES, messageKey("validation.review.tooMany", { max: MAX_CASES }));

/** A refused case carries the reason's code, which the review page words in its reader's language. */
export type VerifyOutcome = { id: string; reference?: string; isVerified: boolean; reason?: AppErrorCode };

/**
 * Verifies each chosen case through the one verify path, one transaction and audit event each, at the
 * version the reviewer saw: a case changed meanwhile is refused and the others are verified all the same.
 */
export async function verifyIncidents(user: SessionUser, rawSelection: unknown): Promise<VerifyOutcome[]> {
  if (!can(user, "incident:review")) throw new AppError("forbidden");
  const parsed = selectionSchema.safeParse(rawSelection);
  if (!parsed.success) throw new AppError("invalid", parsed.error.issues[0].message);
  const outcomes: VerifyOutcome[] = [];
  for (const { id, version } of parsed.data) {
    try {
      const { reference } = await changeIncidentStatus(user, id, "verify", version);
      outcomes.push({ id, reference, isVerified: true });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcomes.push({ id, isVerified: false, reason: error.code });
    }
  }
  return outcomes;
}
