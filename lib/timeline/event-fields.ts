import type { TimelineEventType } from "@/generated/prisma/enums";

// Which details each kind of event takes beyond time, position, who and note. The schema keeps only
// these (a field the form hides is dropped, not refused) and the form shows only these.
type Need = "required" | "optional";
export type EventFields = { alertSource?: Need; count?: Need; port?: Need; linkedCase?: Need; evacuation?: Need; note?: Need };

export const EVENT_FIELDS: Record<TimelineEventType, EventFields> = {
  ALERT_RECEIVED: { alertSource: "required" },
  FIRST_SIGHTING: {},
  ON_SCENE: {},
  RESCUE_STARTED: {},
  RESCUE_COMPLETED: {},
  PERSONS_TAKEN_ABOARD: { count: "required" },
  BODIES_RECOVERED: { count: "required" },
  CALLED_AWAY: { linkedCase: "optional" },
  RETURNED: { linkedCase: "optional" },
  MEDICAL_EVACUATION: { evacuation: "optional" },
  TRANSFER_TO_VESSEL: { count: "optional" },
  INTERCEPTION_OBSERVED: {},
  POS_REQUESTED: {},
  POS_ASSIGNED: { port: "required" },
  DISEMBARKATION: { port: "required", count: "optional" },
  CASE_CLOSED: {},
  OTHER: { note: "required" },
};

/** What the count means for each kind of event that has one. */
export const COUNT_LABELS: Partial<Record<TimelineEventType, string>> = {
  PERSONS_TAKEN_ABOARD: "People taken aboard",
  BODIES_RECOVERED: "Bodies recovered",
  TRANSFER_TO_VESSEL: "People transferred",
  DISEMBARKATION: "People disembarked",
};

/** What "who" means for each kind of event, where it means more than "who". */
export const WHO_LABELS: Partial<Record<TimelineEventType, string>> = {
  ALERT_RECEIVED: "Alerted by",
  CALLED_AWAY: "Called away by",
  MEDICAL_EVACUATION: "Evacuated by",
  TRANSFER_TO_VESSEL: "Transferred to",
  INTERCEPTION_OBSERVED: "Intercepted by",
  POS_REQUESTED: "Requested from",
  POS_ASSIGNED: "Assigned by",
  DISEMBARKATION: "Received by",
};

export const whoLabel = (type: TimelineEventType | undefined) => (type && WHO_LABELS[type]) || "Who";

/** Events that mean the people were rescued: the stand-off and the disembarkation rule count from the first. */
export const RESCUE_TYPES: readonly TimelineEventType[] = ["RESCUE_STARTED", "RESCUE_COMPLETED", "PERSONS_TAKEN_ABOARD"];
