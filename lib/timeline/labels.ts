import type { AlertSource, IncidentOutcome, IncidentPhase, TimelineEventType } from "@/generated/prisma/enums";

// The words users see for the timeline's stored values, shared by the page, the form and the messages.
export const EVENT_TYPE_LABELS: Record<TimelineEventType, string> = {
  ALERT_RECEIVED: "Alert received",
  FIRST_SIGHTING: "First sighting",
  ON_SCENE: "On scene",
  RESCUE_STARTED: "Rescue started",
  RESCUE_COMPLETED: "Rescue completed",
  PERSONS_TAKEN_ABOARD: "Persons taken aboard",
  BODIES_RECOVERED: "Bodies recovered",
  CALLED_AWAY: "Called away to another case",
  RETURNED: "Returned to the case",
  MEDICAL_EVACUATION: "Medical evacuation",
  TRANSFER_TO_VESSEL: "Transfer to another vessel",
  INTERCEPTION_OBSERVED: "Interception or pull-back observed",
  POS_REQUESTED: "Place of safety requested",
  POS_ASSIGNED: "Place of safety assigned",
  DISEMBARKATION: "Disembarkation",
  CASE_CLOSED: "Case closed",
  OTHER: "Other",
};

export const ALERT_SOURCE_LABELS: Record<AlertSource, string> = {
  HOTLINE: "Hotline (e.g. Alarm Phone)",
  MRCC: "MRCC",
  AIRCRAFT: "Aircraft",
  MERCHANT_VESSEL: "Merchant vessel",
  OWN_LOOKOUT: "Own lookout",
  OTHER: "Other",
};

export const PHASE_LABELS: Record<IncidentPhase, string> = {
  OPEN: "Open",
  ON_SCENE: "On scene",
  AWAITING_POS: "Awaiting a place of safety",
  DISEMBARKED: "Disembarked",
  CLOSED: "Closed",
};

export const OUTCOME_LABELS: Record<IncidentOutcome, string> = {
  RESCUED_BY_THIS_ORGANIZATION: "Rescued by this organization",
  RESCUED_BY_OTHER_NGO: "Rescued by another NGO",
  RESCUED_BY_COAST_GUARD_OR_NAVY: "Rescued by a coast guard or navy",
  RESCUED_BY_MERCHANT_VESSEL: "Rescued by a merchant vessel",
  INTERCEPTED_RETURNED_LIBYA: "Intercepted and returned to Libya",
  INTERCEPTED_RETURNED_TUNISIA: "Intercepted and returned to Tunisia",
  INTERCEPTED_RETURNED_OTHER: "Intercepted and returned elsewhere",
  ARRIVED_ON_ITS_OWN: "Arrived on its own",
  SHIPWRECK_NO_RESCUE: "Shipwreck with no rescue",
  BOAT_NOT_FOUND: "Boat not found",
  UNKNOWN: "Unknown",
};
