import "server-only";
import { db } from "@/lib/db";
import type { StoryTable } from "@/lib/csv/story-rows";

// What already is on the cases a file of events or track points names, as keys a parsed row is compared
// with: a row equal to one of them is unchanged, so a file imported twice adds nothing.
const part = (value: unknown) => (value instanceof Date ? value.toISOString() : value === null || value === undefined ? "" : String(value));
export const storyKey = (incidentId: string, values: unknown[]) => [incidentId, ...values.map(part)].join("\u0000");

type Parsed = Record<string, unknown>;

export function parsedKey(table: StoryTable, incidentId: string, input: Parsed, who: string | null) {
  if (table === "track") return storyKey(incidentId, [input.occurredAt, input.position, input.note]);
  return storyKey(incidentId, [input.occurredAt, input.type, input.alertSource, input.count, input.port, input.position, who ?? input.authority, input.linkedReference, input.note]);
}

export async function existingKeys(table: StoryTable, incidentIds: string[]) {
  if (table === "track") {
    const points = await db.trackPoint.findMany({ where: { incidentId: { in: incidentIds } }, select: { incidentId: true, occurredAt: true, positionText: true, note: true } });
    return new Set(points.map((p) => storyKey(p.incidentId, [p.occurredAt, p.positionText, p.note])));
  }
  const events = await db.timelineEvent.findMany({
    where: { incidentId: { in: incidentIds } },
    select: {
      incidentId: true, occurredAt: true, type: true, alertSource: true, count: true, port: true, positionText: true, authority: true, note: true,
      vessel: { select: { name: true } }, organization: { select: { shortName: true } }, linkedIncident: { select: { reference: true } },
    },
  });
  return new Set(events.map((e) => storyKey(e.incidentId, [
    e.occurredAt, e.type, e.alertSource, e.count, e.port, e.positionText, e.vessel?.name ?? e.organization?.shortName ?? e.authority, e.linkedIncident?.reference, e.note,
  ])));
}
