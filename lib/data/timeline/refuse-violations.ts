import "server-only";
import { AppError } from "@/lib/app-error";
import { messageKey } from "@/lib/i18n/message-key";
import type { TimelineFact } from "@/lib/timeline/order";
import { introducedViolations, type Violation } from "@/lib/timeline/rules";

type Changed = { id: string; isNew: boolean; typeChanged: boolean } | null;

// A rule broken by the changed event itself points at the field the rule names, unless an edit that
// kept the type moved the time; one broken by another event points at what changed: the type or the time.
function fieldOf(violation: Violation, changed: NonNullable<Changed>) {
  if (violation.eventId === null) return violation.field;
  if (violation.eventId === changed.id) return changed.isNew || changed.typeChanged ? violation.field : "occurredAt";
  return changed.typeChanged ? "type" : "occurredAt";
}

/**
 * Refuses a change that breaks a rule the timeline kept before it, with each problem on the field of the
 * changed event that caused it (a removal has no fields: its problems go to the form).
 */
export function refuseViolations(before: TimelineFact[], after: TimelineFact[], rescued: number | null, changed: Changed) {
  const violations = introducedViolations(before, after, { rescued });
  if (violations.length === 0) return;
  const fieldErrors: Record<string, string[]> = {};
  for (const violation of violations) {
    const field = changed ? fieldOf(violation, changed) : "form";
    (fieldErrors[field] ??= []).push(violation.message);
  }
  // A removal's problem is its message: the rule's sentence says what to correct.
  const message = changed ? messageKey("validation.timeline.notSaved") : violations[0].message;
  throw new AppError("invalid", message, fieldErrors);
}
