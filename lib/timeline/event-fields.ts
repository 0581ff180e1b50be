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

// Field names as message keys (validation.timeline.field), like the schema's other labels.
export const COUNT_LABEL = "validation.timeline.field.count";

/** What the count means for each kind of event that has one. */
export const COUNT_LABELS: Partial<Record<TimelineEventType, string>> = {
  PERSONS_TAKEN_ABOARD: "validation.timeline.field.peopleTakenAboard",
  BODIES_RECOVERED: "validation.timeline.field.bodiesRecovered",
  TRANSFER_TO_VESSEL: "validation.timeline.field.peopleTransferred",
  DISEMBARKATION: "validation.timeline.field.peopleDisembarked",
};

/** What "who" means for each kind of event, where it means more than "who". */
export const WHO_LABELS: Partial<Record<TimelineEventType, string>> = {
  ALERT_RECEIVED: "validation.timeline.field.alertedBy",
  CALLED_AWAY: "validation.timeline.field.calledAwayBy",
  MEDICAL_EVACUATION: "validation.timeline.field.evacuatedBy",
  TRANSFER_TO_VESSEL: "validation.timeline.field.transferredTo",
  INTERCEPTION_OBSERVED: "validation.timeline.field.interceptedBy",
  POS_REQUESTED: "validation.timeline.field.requestedFrom",
  POS_ASSIGNED: "validation.timeline.field.assignedBy",
  DISEMBARKATION: "validation.timeline.field.receivedBy",
};

export const whoLabel = (type: TimelineEventType | undefined) => (type && WHO_LABELS[type]) || "validation.timeline.field.whoKind";

/** Events that mean the people were rescued: the stand-off and the disembarkation rule count from the first. */
export const RESCUE_TYPES: readonly TimelineEventType[] = ["RESCUE_STARTED", "RESCUE_COMPLETED", "PERSONS_TAKEN_ABOARD"];
