import "server-only";
import { AppError } from "@/lib/app-error";
import type { TimelineFact } from "@/lib/timeline/order";
import { introducedViolations } from "@/lib/timeline/rules";

type Changed = { id: string; typeChanged: boolean } | null;

/**
 * Refuses a change that breaks a rule the timeline kept before it, with each problem on the field of the
 * changed event that caused it (a removal has no fields: its problems go to the form).
 */
export function refuseViolations(before: TimelineFact[], after: TimelineFact[], rescued: number | null, changed: Changed) {
  const violations = introducedViolations(before, after, { rescued });
  if (violations.length === 0) return;
  const fieldErrors: Record<string, string[]> = {};
  for (const violation of violations) {
    const field = !changed ? "form" : violation.eventId === null || violation.eventId === changed.id ? violation.field : changed.typeChanged ? "type" : "occurredAt";
    (fieldErrors[field] ??= []).push(violation.message);
  }
  const message = changed ? "Nothing was saved: some fields need attention." : `Nothing was removed: ${violations[0].message}`;
  throw new AppError("invalid", message, fieldErrors);
}
