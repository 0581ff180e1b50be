import type { IncidentPhase, TimelineEventType } from "@/generated/prisma/enums";
import { inTimeOrder, type TimelineFact } from "./order";

// The phase each kind of event puts a case in; the others (called away, an evacuation, a transfer,
// other) say nothing about it, so the phase follows the latest event that does.
export const PHASE_AFTER: Partial<Record<TimelineEventType, IncidentPhase>> = {
  ALERT_RECEIVED: "OPEN",
  FIRST_SIGHTING: "OPEN",
  ON_SCENE: "ON_SCENE",
  RESCUE_STARTED: "ON_SCENE",
  PERSONS_TAKEN_ABOARD: "ON_SCENE",
  BODIES_RECOVERED: "ON_SCENE",
  RETURNED: "ON_SCENE",
  INTERCEPTION_OBSERVED: "ON_SCENE",
  RESCUE_COMPLETED: "AWAITING_POS",
  POS_REQUESTED: "AWAITING_POS",
  POS_ASSIGNED: "AWAITING_POS",
  DISEMBARKATION: "DISEMBARKED",
  CASE_CLOSED: "CLOSED",
};

/** The audit reason of a phase change the timeline made; pages show it in the reader's language. */
export const FOLLOWS_TIMELINE_REASON = "Follows the timeline";

/** The phase the timeline puts the case in: that of its latest event that sets one, OPEN before any. */
export function derivePhase(events: readonly TimelineFact[]): IncidentPhase {
  const ordered = inTimeOrder(events);
  for (let i = ordered.length - 1; i >= 0; i--) {
    const phase = PHASE_AFTER[ordered[i].type];
    if (phase) return phase;
  }
  return "OPEN";
}
