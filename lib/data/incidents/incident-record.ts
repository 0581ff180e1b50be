import "server-only";
import type { Incident, Prisma } from "@/generated/prisma/client";
import { deriveGeography } from "@/lib/geo";
import { countryName } from "@/lib/countries";
import type { CreateIncidentInput, UpdateIncidentInput } from "@/lib/schemas/incident";

// How a parsed form becomes Incident columns, and the flat picture of an incident that audit events
// record: a snapshot on create, { field: { from, to } } between two pictures on update.
const COPIED = [
  "occurredAt", "region", "route", "vesselId", "boatType", "boatConditions", "personsOnBoard", "rescued", "dead",
  "missing", "causesOfDeath", "children", "unaccompaniedMinors", "women", "pregnantWomen", "infants",
  "men", "girls", "boys", "sexAgeUnknown", "departurePlace", "departedAt", "coordinatingAuthority", "disembarkationPort", "seaState", "narrative", "source", "sourceQuality",
  "locationOfDeath", "unsdGrouping", "regionOfOrigin", "sourceUrl", "eventGroup",
] as const;

const AUDITED_COLUMNS = [...COPIED, "positionText", "latitude", "longitude"] as const;
const AUDITED = [...AUDITED_COLUMNS, "injuries", "evacuations", "partners", "nationalities"] as const;

type FormInput = CreateIncidentInput | UpdateIncidentInput;

function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]) {
  return Object.fromEntries(keys.map((key) => [key, from[key]])) as Pick<T, K>;
}

/** The Incident columns a form sets, with the geography derived from its position. */
export function incidentColumns(input: FormInput) {
  return {
    ...pick(input, COPIED),
    positionText: input.position,
    latitude: input.latitude,
    longitude: input.longitude,
    ...deriveGeography(input.latitude, input.longitude),
  } satisfies Prisma.IncidentUncheckedUpdateManyInput;
}

/** The fields where people write freely, checked for personal data before saving. */
export const freeText = (record: Pick<Incident, "narrative" | "source">) => ({ narrative: record.narrative, source: record.source });

/** What the audit pictures of an incident, stored or about to be. */
export type AuditedRecord = Pick<Incident, (typeof COPIED)[number] | "positionText" | "latitude" | "longitude"> & {
  injuries: Pick<FormInput["injuries"][number], "type" | "severity" | "count">[];
  evacuations: { count: number; means: string; destination: string | null; evacuatedAt: Date | null }[];
  partners: { organizationId: string; role: string }[];
  nationalities: { country: string; count: number | null }[];
};

/** Names that make the audit readable without the rows they point to (which may change later). */
export type RecordNames = { vessel: string | null; organizations: ReadonlyMap<string, string> };

const sorted = (values: readonly string[]) => [...values].sort();

export function auditState(record: AuditedRecord, names: RecordNames) {
  const { occurredAt, departedAt, vesselId, boatConditions, causesOfDeath, injuries, evacuations, partners, nationalities, ...rest } = pick(record, AUDITED);
  return {
    ...rest,
    occurredAt: occurredAt.toISOString(),
    departedAt: departedAt?.toISOString() ?? null,
    vessel: vesselId ? (names.vessel ?? vesselId) : null,
    boatConditions: sorted(boatConditions),
    causesOfDeath: sorted(causesOfDeath),
    injuries: sorted(injuries.map((row) => `${row.type}/${row.severity}: ${row.count}`)),
    evacuations: sorted(evacuations.map((row) => [`${row.count} by ${row.means}`, row.destination && `to ${row.destination}`, row.evacuatedAt?.toISOString()].filter(Boolean).join(" "))),
    partners: sorted(partners.map((row) => `${names.organizations.get(row.organizationId) ?? row.organizationId}: ${row.role}`)),
    nationalities: sorted(nationalities.map((row) => `${countryName(row.country)} (${row.country}): ${row.count ?? "unknown"}`)),
  };
}

export type AuditState = ReturnType<typeof auditState>;

/** Everything needed to picture an incident as stored, for auditState. */
export const auditedColumns = {
  ...Object.fromEntries(AUDITED_COLUMNS.map((key) => [key, true])) as Record<(typeof AUDITED_COLUMNS)[number], true>,
  vessel: { select: { name: true } },
  injuries: { select: { type: true, severity: true, count: true } },
  evacuations: { select: { count: true, means: true, destination: true, evacuatedAt: true } },
  partners: { select: { organizationId: true, role: true, organization: { select: { shortName: true } } } },
  nationalities: { select: { country: true, count: true } },
} as const satisfies Prisma.IncidentSelect;

type StoredIncident = Prisma.IncidentGetPayload<{ select: typeof auditedColumns }>;

export function storedAuditState(row: StoredIncident) {
  const organizations = new Map(row.partners.map((p) => [p.organizationId, p.organization.shortName]));
  return auditState(row, { vessel: row.vessel?.name ?? null, organizations });
}
