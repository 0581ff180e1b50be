import type { TimelineEventType } from "@/generated/prisma/enums";

/** What the timeline's rules, phase and durations need to know of an event. */
export type TimelineFact = { id: string; type: TimelineEventType; occurredAt: Date; count: number | null; createdAt: Date };

/** Time order; events of the same minute in the order they were recorded (then by id, to be stable). */
export function compareEvents(a: Pick<TimelineFact, "id" | "occurredAt" | "createdAt">, b: Pick<TimelineFact, "id" | "occurredAt" | "createdAt">) {
  return a.occurredAt.getTime() - b.occurredAt.getTime() || a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export const inTimeOrder = <T extends Pick<TimelineFact, "id" | "occurredAt" | "createdAt">>(events: readonly T[]) => [...events].sort(compareEvents);

/**
 * A time in messages from the server, which does not know the reader's zone, in a notation every
 * language reads: "2016-10-25 08:50 UTC".
 */
export const formatUtc = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
