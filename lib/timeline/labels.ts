import type { IncidentOutcome, IncidentPhase } from "@/generated/prisma/enums";

// The words users see for the phase and the outcome, in the screens not translated yet (vocab.phase, vocab.outcome).
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
