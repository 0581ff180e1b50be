import type { IncidentDetail } from "@/lib/data/incidents/get-incident";
import type { IncidentFormValues } from "@/lib/schemas/incident";
import { DEFAULT_REGION, DEFAULT_ROUTE } from "@/lib/schemas/incident-vocabulary";

export type IncidentRowName = "injuries" | "evacuations" | "partners" | "nationalities";
type Row<K extends IncidentRowName> = NonNullable<IncidentFormValues[K]>[number];

// New rows start blank so the user makes each choice; the schema rejects a blank with its own message.
export const newInjury = () => ({ type: "", severity: "", count: "" }) as unknown as Row<"injuries">;
export const newEvacuation = () => ({ count: "", means: "", destination: "", evacuatedAt: "" }) as unknown as Row<"evacuations">;
export const newPartner = () => ({ organizationId: "", role: "" }) as unknown as Row<"partners">;
export const newNationality = () => ({ country: "", count: "" }) as unknown as Row<"nationalities">;

export const EMPTY_INCIDENT: IncidentFormValues = {
  occurredAt: "", position: "", locationOfDeath: "", region: DEFAULT_REGION, route: DEFAULT_ROUTE, vesselId: "", boatType: "", boatConditions: [],
  personsOnBoard: "", rescued: "", dead: "", missing: "", causesOfDeath: [],
  children: "", unaccompaniedMinors: "", women: "", pregnantWomen: "", infants: "",
  men: "", girls: "", boys: "", sexAgeUnknown: "", nationalities: [], departurePlace: "", departedAt: "",
  injuries: [], evacuations: [], partners: [],
  coordinatingAuthority: "", disembarkationPort: "", seaState: "", narrative: "", source: "", sourceQuality: "",
  // Kept from an import (IOM's columns); the form shows the location and the link, and carries the rest unchanged.
  sourceUrl: "", regionOfOrigin: "", unsdGrouping: "", eventGroup: "",
  intent: "draft", reason: "",
};

export const FIGURES_WITH_REASON = ["personsOnBoard", "rescued", "dead", "missing"] as const;

const COUNTS = [...FIGURES_WITH_REASON, "children", "unaccompaniedMinors", "women", "pregnantWomen", "infants", "men", "girls", "boys", "sexAgeUnknown"] as const;

const KEPT_TEXT = ["locationOfDeath", "sourceUrl", "regionOfOrigin", "unsdGrouping", "eventGroup"] as const;

const text = (value: string | number | null | undefined) => (value === null || value === undefined ? "" : String(value));

/** A stored incident as the form's inputs hold it: numbers as text, instants as ISO (made local in the browser). */
export function toFormValues(incident: IncidentDetail, countryName: (code: string) => string): IncidentFormValues {
  return {
    ...EMPTY_INCIDENT,
    occurredAt: incident.occurredAt.toISOString(),
    position: incident.positionText ?? incident.position ?? "",
    region: (incident.region ?? "") as IncidentFormValues["region"], route: (incident.route ?? "") as IncidentFormValues["route"], vesselId: text(incident.vesselId), boatType: incident.boatType ?? "",
    boatConditions: incident.boatConditions, causesOfDeath: incident.causesOfDeath,
    ...Object.fromEntries(COUNTS.map((name) => [name, text(incident[name])])),
    injuries: incident.injuries.map((row) => ({ type: row.type, severity: row.severity, count: text(row.count) })),
    evacuations: incident.evacuations.map((row) => ({
      count: text(row.count), means: row.means, destination: text(row.destination), evacuatedAt: row.evacuatedAt?.toISOString() ?? "",
    })),
    partners: incident.partners.map((row) => ({ organizationId: row.organization.id, role: row.role })),
    nationalities: incident.nationalities.map((row) => ({ country: countryName(row.country), count: text(row.count) })),
    departurePlace: text(incident.departurePlace), departedAt: incident.departedAt?.toISOString() ?? "",
    coordinatingAuthority: text(incident.coordinatingAuthority), disembarkationPort: text(incident.disembarkationPort),
    seaState: text(incident.seaState), narrative: text(incident.narrative), source: text(incident.source),
    sourceQuality: text(incident.sourceQuality), version: incident.version,
    ...Object.fromEntries(KEPT_TEXT.map((name) => [name, text(incident[name])])),
  };
}
