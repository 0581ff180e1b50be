import type {
  BoatCondition, BoatType, CauseOfDeath, IncidentStatus,
} from "@/generated/prisma/enums";

// The English words of stored values that the ledger CSV layout writes (screens read vocab.* in the message files).
export const STATUS_LABELS: Record<IncidentStatus, string> = { DRAFT: "Draft", SUBMITTED: "Submitted", VERIFIED: "Verified", ARCHIVED: "Archived" };
export const BOAT_TYPE_LABELS: Record<BoatType, string> = {
  INFLATABLE: "Inflatable / rubber", WOODEN: "Wooden", FIBREGLASS: "Fibreglass", FISHING: "Fishing boat", OTHER: "Other",
};
export const BOAT_CONDITION_LABELS: Record<BoatCondition, string> = {
  SINKING: "Sinking", TAKING_WATER: "Taking water", CAPSIZED: "Capsized", ADRIFT: "Adrift", ENGINE_FAILURE: "Engine failure", OVERCROWDED: "Overcrowded", OTHER: "Other",
};
export const CAUSE_OF_DEATH_LABELS: Record<CauseOfDeath, string> = {
  DROWNING: "Drowning", SUFFOCATION: "Suffocation", FUEL_BURNS: "Fuel burns", HYPOTHERMIA: "Hypothermia", DEHYDRATION: "Dehydration",
  TRAUMA: "Trauma", VIOLENCE: "Violence", SICKNESS: "Sickness", UNKNOWN: "Unknown", OTHER: "Other",
};
