import { z } from "zod";
import { BoatCondition, BoatType, CauseOfDeath, EvacuationMeans, InjuryType, PartnerRole, Severity } from "@/generated/prisma/enums";
import { choices, count, country, instant, optionalChoice, optionalId, optionalText, optionalUrl, personalDataAcknowledgement, position, requiredCount, requiredInstant, rows } from "./incident-fields";
import { checkIncidentRules } from "./incident-rules";
import { FIELD as L } from "./incident-labels";
import { IOM_REGIONS, IOM_ROUTES } from "./incident-vocabulary";
import { messageKey } from "@/lib/i18n/message-key";

// The incident form's one schema: the form validates with it (zodResolver) and the server actions
// parse again with it. Each field accepts its own output, so parsed values re-parse unchanged.
export { MAX_COUNT } from "./incident-fields";
export const MAX_INJURY_ROWS = 50;
export const MAX_EVACUATION_ROWS = 50;
export const MAX_PARTNER_ROWS = 20;
export const MAX_NATIONALITY_ROWS = 60;

const injuryRow = z.object({
  type: z.enum(InjuryType, { error: messageKey("validation.incident.injuryType") }),
  severity: z.enum(Severity, { error: messageKey("validation.incident.severity") }),
  count: requiredCount(L.injuryCount, { min: 1 }),
});

const evacuationRow = z.object({
  count: requiredCount(L.evacuationCount, { min: 1 }),
  means: z.enum(EvacuationMeans, { error: messageKey("validation.incident.evacuationMeans") }),
  destination: optionalText(L.destination, 200),
  evacuatedAt: instant(L.evacuatedAt),
});

const nationalityRow = z.object({
  country: country(L.country),
  // Blank: the people of this country were on board, how many is not known (IOM's Country of Origin).
  count: count(L.nationalityCount, { min: 1 }),
});

const partnerRow = z.object({
  organizationId: z.uuid({ error: messageKey("validation.incident.partner") }),
  role: z.enum(PartnerRole, { error: messageKey("validation.incident.partnerRole") }),
});

/** The version of the case the form was loaded from (optimistic concurrency). */
const VERSION_MISSING = messageKey("validation.incident.versionMissing");
const version = z.coerce.number({ error: VERSION_MISSING }).int(VERSION_MISSING).min(1, VERSION_MISSING);

const incidentFields = z.object({
  occurredAt: requiredInstant(L.occurredAt),
  position: position(L.position),
  locationOfDeath: optionalText(L.locationOfDeath, 500),
  region: optionalChoice(z.enum(IOM_REGIONS), L.region),
  route: optionalChoice(z.enum(IOM_ROUTES), L.route),
  unsdGrouping: optionalText(L.unsdGrouping, 100),
  vesselId: optionalId(L.vesselId),
  boatType: optionalChoice(z.enum(BoatType), L.boatType),
  boatConditions: choices(BoatCondition, L.boatConditions),
  personsOnBoard: count(L.personsOnBoard),
  rescued: count(L.rescued),
  dead: count(L.dead),
  missing: count(L.missing),
  causesOfDeath: choices(CauseOfDeath, L.causesOfDeath),
  children: count(L.children),
  unaccompaniedMinors: count(L.unaccompaniedMinors),
  women: count(L.women),
  pregnantWomen: count(L.pregnantWomen),
  infants: count(L.infants),
  men: count(L.men),
  girls: count(L.girls),
  boys: count(L.boys),
  sexAgeUnknown: count(L.sexAgeUnknown),
  nationalities: rows(nationalityRow, L.nationalities, MAX_NATIONALITY_ROWS),
  regionOfOrigin: optionalText(L.regionOfOrigin, 200),
  departurePlace: optionalText(L.departurePlace, 200),
  departedAt: instant(L.departedAt),
  injuries: rows(injuryRow, L.injuries, MAX_INJURY_ROWS),
  evacuations: rows(evacuationRow, L.evacuations, MAX_EVACUATION_ROWS),
  partners: rows(partnerRow, L.partners, MAX_PARTNER_ROWS),
  coordinatingAuthority: optionalText(L.coordinatingAuthority, 200),
  disembarkationPort: optionalText(L.disembarkationPort, 200),
  seaState: optionalText(L.seaState, 200),
  narrative: optionalText(L.narrative, 20_000),
  source: optionalText(L.source, 2_000),
  sourceUrl: optionalUrl(L.sourceUrl, 2_000),
  eventGroup: optionalText(L.eventGroup, 100),
  sourceQuality: count(L.sourceQuality, { min: 1, max: 5 }),
  /** "submit" saves a new incident as SUBMITTED rather than DRAFT. */
  intent: z.enum(["draft", "submit"]).default("draft"),
  reason: optionalText(L.reason, 500),
  version: version.optional(),
  isPersonalDataAcknowledged: personalDataAcknowledgement(),
});

type Parsed = z.output<typeof incidentFields>;

// Causes of death are dropped, not refused, when nobody died: the form hides that section at dead = 0
// and a refusal would point at a field the user cannot see.
function finish<T extends Pick<Parsed, "position" | "dead" | "causesOfDeath">>({ position, ...rest }: T) {
  const causesOfDeath = rest.dead === 0 ? [] : rest.causesOfDeath;
  return { ...rest, causesOfDeath, position: position.text, latitude: position.latitude, longitude: position.longitude };
}

const ALWAYS = { when: () => true };

/** Every field of the form; `reason` and `version` only matter on edit, `intent` only on create. */
export const incidentInputSchema = incidentFields.superRefine(checkIncidentRules, ALWAYS).transform(finish);

export const createIncidentSchema = incidentFields.omit({ reason: true, version: true }).superRefine(checkIncidentRules, ALWAYS).transform(finish);

export const updateIncidentSchema = incidentFields
  .omit({ intent: true })
  .extend({ version })
  .superRefine(checkIncidentRules, ALWAYS)
  .transform(finish);

export const statusActionSchema = z.enum(["submit", "verify", "archive"], { error: messageKey("validation.incident.statusAction") });
export type StatusAction = z.infer<typeof statusActionSchema>;

/** What the form holds (z.input) and what the schema yields (z.output, also a valid input). */
export type IncidentFormValues = z.input<typeof incidentInputSchema>;
export type IncidentInput = z.output<typeof incidentInputSchema>;
export type CreateIncidentInput = z.output<typeof createIncidentSchema>;
export type UpdateIncidentInput = z.output<typeof updateIncidentSchema>;
