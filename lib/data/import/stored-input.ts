import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { auditedColumns } from "@/lib/data/incidents/incident-record";
import { IOM_LAYOUTS, isIomLayout } from "@/lib/csv/iom-layouts";
import type { ImportLayout } from "@/lib/csv/layouts";

// An existing incident as the incident schema's input, so that an import that updates it only
// replaces the fields its file has and checks the rules on the result.
export const storedColumns = {
  ...auditedColumns, id: true, reference: true, organizationId: true, status: true, version: true, deletedAt: true, externalId: true, sourceDataset: true,
  organization: { select: { shortName: true } },
  timelineEvents: { where: { type: "PERSONS_TAKEN_ABOARD" }, select: { count: true } },
} as const satisfies Prisma.IncidentSelect;

export type StoredIncident = Prisma.IncidentGetPayload<{ select: typeof storedColumns }>;

export function storedInput(stored: StoredIncident): Record<string, unknown> {
  const { latitude, longitude, positionText, partners } = stored;
  const position = positionText ?? (latitude !== null && longitude !== null ? `${latitude}, ${longitude}` : "");
  return { ...stored, vessel: undefined, timelineEvents: undefined, position, partners: partners.map(({ organizationId, role }) => ({ organizationId, role })) };
}

const LEDGER_FIELD: Record<string, string> = { occurred_at: "occurredAt", position_text: "position", latitude: "position", longitude: "position", vessel: "vesselId" };
const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const NOT_FIELDS = new Set(["reference", "status", "organization", "externalId", "sourceDataset"]);

/** The schema fields a file sets: IOM's mapped ones, or those of the ledger columns it has. */
export function presentFields(layout: ImportLayout, columns: Set<string>): Set<string> {
  if (isIomLayout(layout)) return new Set(Object.keys(IOM_LAYOUTS[layout].fields));
  if (layout === "nationalities") return new Set(["nationalities"]);
  return new Set([...columns].map((c) => LEDGER_FIELD[c] ?? camel(c)).filter((f) => !NOT_FIELDS.has(f)));
}
