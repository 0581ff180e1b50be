import { messageKey } from "@/lib/i18n/message-key";
import { RESCUE_TYPES } from "./event-fields";
import { formatUtc, inTimeOrder, type TimelineFact } from "./order";

// The rules between a case's events (issue 13, "Bad input"). The data layer checks them on the whole
// timeline as it would be after a change, inside the transaction that makes the change.
export type Violation = {
  rule: "disembarkation-before-rescue" | "returned-without-called-away" | "taken-aboard-above-rescued";
  /** The event that breaks the rule; null when the timeline as a whole does (a sum). */
  eventId: string | null;
  /** The field of that event to correct. */
  field: "occurredAt" | "type" | "count";
  /** A message key (validation.timeline.…) with its figures. */
  message: string;
};

export function checkTimeline(events: readonly TimelineFact[], { rescued }: { rescued: number | null }): Violation[] {
  const ordered = inTimeOrder(events);
  const violations: Violation[] = [];

  const rescue = ordered.find((event) => RESCUE_TYPES.includes(event.type));
  for (const event of ordered) {
    if (event.type !== "DISEMBARKATION" || !rescue || event.occurredAt >= rescue.occurredAt) continue;
    violations.push({
      rule: "disembarkation-before-rescue", eventId: event.id, field: "occurredAt",
      message: messageKey("validation.timeline.disembarkationBeforeRescue", { at: formatUtc(event.occurredAt), rescue: rescue.type, rescueAt: formatUtc(rescue.occurredAt) }),
    });
  }

  let away = 0;
  for (const event of ordered) {
    if (event.type === "CALLED_AWAY") away += 1;
    if (event.type !== "RETURNED") continue;
    if (away > 0) away -= 1;
    else violations.push({
      rule: "returned-without-called-away", eventId: event.id, field: "type",
      message: messageKey("validation.timeline.returnedWithoutCalledAway", { at: formatUtc(event.occurredAt) }),
    });
  }

  const takenAboard = ordered.filter((event) => event.type === "PERSONS_TAKEN_ABOARD").reduce((sum, event) => sum + (event.count ?? 0), 0);
  if (rescued !== null && takenAboard > rescued) {
    violations.push({
      rule: "taken-aboard-above-rescued", eventId: null, field: "count",
      message: messageKey("validation.timeline.takenAboardAboveRescued", { takenAboard, rescued }),
    });
  }
  return violations;
}

const keyOf = (violation: Violation) => `${violation.rule}:${violation.eventId ?? ""}`;

/** The violations a change brings: those after it that were not there before (older data may already break a rule). */
export function introducedViolations(before: readonly TimelineFact[], after: readonly TimelineFact[], context: { rescued: number | null }) {
  const existing = new Set(checkTimeline(before, context).map(keyOf));
  return checkTimeline(after, context).filter((violation) => !existing.has(keyOf(violation)));
}
