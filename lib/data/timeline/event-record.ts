import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TimelineEventInput } from "@/lib/schemas/timeline";
import type { TimelineFact } from "@/lib/timeline/order";

// How a parsed event becomes TimelineEvent columns, and the flat picture of an event that audit events
// record: a snapshot on add and removal, { field: { from, to } } between two pictures on edit.
export const storedEventColumns = {
  id: true, incidentId: true, occurredAt: true, type: true, alertSource: true, count: true, port: true,
  positionText: true, latitude: true, longitude: true, vesselId: true, organizationId: true, authority: true,
  linkedIncidentId: true, evacuationId: true, note: true, createdAt: true,
  vessel: { select: { name: true } },
  organization: { select: { shortName: true } },
  linkedIncident: { select: { reference: true } },
  evacuation: { select: { count: true, means: true, destination: true } },
} as const satisfies Prisma.TimelineEventSelect;

export type StoredEvent = Prisma.TimelineEventGetPayload<{ select: typeof storedEventColumns }>;

/** The columns an event's input sets, once its linked case is resolved to an id. */
export function eventColumns(input: TimelineEventInput, linkedIncidentId: string | null) {
  return {
    occurredAt: input.occurredAt, type: input.type, alertSource: input.alertSource, count: input.count, port: input.port,
    positionText: input.position, latitude: input.latitude, longitude: input.longitude,
    vesselId: input.vesselId, organizationId: input.organizationId, authority: input.authority,
    linkedIncidentId, evacuationId: input.evacuationId, note: input.note,
  } satisfies Prisma.TimelineEventUncheckedUpdateInput;
}

/** Names that make the audit readable without the rows they point to (which may change later). */
export type EventNames = { vessel: string | null; organization: string | null; linkedCase: string | null; evacuation: string | null };

type Columns = ReturnType<typeof eventColumns>;

export const evacuationName = (row: { count: number; means: string; destination: string | null }) =>
  [`${row.count} by ${row.means.toLowerCase()}`, row.destination && `to ${row.destination}`].filter(Boolean).join(" ");

export function eventAuditState(event: Columns, names: EventNames) {
  const who = event.vesselId ? `vessel ${names.vessel ?? event.vesselId}` : event.organizationId ? `organization ${names.organization ?? event.organizationId}` : event.authority;
  return {
    type: event.type,
    occurredAt: event.occurredAt.toISOString(),
    alertSource: event.alertSource,
    count: event.count,
    port: event.port,
    position: event.positionText,
    who: who ?? null,
    linkedCase: event.linkedIncidentId ? (names.linkedCase ?? event.linkedIncidentId) : null,
    evacuation: event.evacuationId ? (names.evacuation ?? event.evacuationId) : null,
    note: event.note,
  };
}

export function storedAuditState(event: StoredEvent) {
  return eventAuditState(event, {
    vessel: event.vessel?.name ?? null,
    organization: event.organization?.shortName ?? null,
    linkedCase: event.linkedIncident?.reference ?? null,
    evacuation: event.evacuation ? evacuationName(event.evacuation) : null,
  });
}

export const factOf = (event: Pick<TimelineFact, "id" | "type" | "occurredAt" | "count" | "createdAt">): TimelineFact =>
  ({ id: event.id, type: event.type, occurredAt: event.occurredAt, count: event.count, createdAt: event.createdAt });
