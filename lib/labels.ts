import type {
  BoatCondition, BoatType, CauseOfDeath, IncidentStatus, Role, VesselKind,
} from "@/generated/prisma/enums";

// The words users see for each stored value: the vocabulary of the field, shared by pages, forms and CSV.
export const STATUS_LABELS: Record<IncidentStatus, string> = { DRAFT: "Draft", SUBMITTED: "Submitted", VERIFIED: "Verified", ARCHIVED: "Archived" };
export const ROLE_LABELS: Record<Role, string> = { FIELD: "Field staff", COORDINATOR: "Coordinator", ADMIN: "Administrator" };
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
