import type {
  BoatCondition, BoatType, CauseOfDeath, EvacuationMeans, IncidentStatus, InjuryType, PartnerRole, Severity, VesselKind,
} from "@/generated/prisma/enums";

// The words users see for each stored value: the vocabulary of the field, shared by pages, forms and CSV.
export const STATUS_LABELS: Record<IncidentStatus, string> = { DRAFT: "Draft", SUBMITTED: "Submitted", VERIFIED: "Verified", ARCHIVED: "Archived" };
export const VESSEL_KIND_LABELS: Record<VesselKind, string> = {
  RESCUE_SHIP: "Rescue ship", RHIB: "RHIB", AIRCRAFT: "Aircraft", COAST_GUARD: "Coast guard", MERCHANT: "Merchant vessel", OTHER: "Other",
};
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
export const INJURY_TYPE_LABELS: Record<InjuryType, string> = {
  FUEL_BURN: "Fuel / chemical burn", HYPOTHERMIA: "Hypothermia", DEHYDRATION: "Dehydration", TRAUMA: "Trauma", DROWNING_RELATED: "Drowning-related", OTHER: "Other",
};
export const SEVERITY_LABELS: Record<Severity, string> = { MINOR: "Minor", SERIOUS: "Serious", CRITICAL: "Critical" };
export const EVACUATION_MEANS_LABELS: Record<EvacuationMeans, string> = { HELICOPTER: "Helicopter", BOAT: "Boat", OTHER: "Other" };
export const PARTNER_ROLE_LABELS: Record<PartnerRole, string> = {
  BODY_RECOVERY: "Body recovery", MEDICAL_CARE: "Medical care", TRANSFER: "Transfer", SPOTTING: "Spotting", COORDINATION: "Coordination", OTHER: "Other",
};
