import type { TimelineEventType } from "@/generated/prisma/enums";

/** What the timeline's rules, phase and durations need to know of an event. */
export type TimelineFact = { id: string; type: TimelineEventType; occurredAt: Date; count: number | null; createdAt: Date };

/** Time order; events of the same minute in the order they were recorded (then by id, to be stable). */
export function compareEvents(a: Pick<TimelineFact, "id" | "occurredAt" | "createdAt">, b: Pick<TimelineFact, "id" | "occurredAt" | "createdAt">) {
  return a.occurredAt.getTime() - b.occurredAt.getTime() || a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export const inTimeOrder = <T extends Pick<TimelineFact, "id" | "occurredAt" | "createdAt">>(events: readonly T[]) => [...events].sort(compareEvents);

const UTC = new Intl.DateTimeFormat("en-GB", { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/** A time in messages from the server, which does not know the reader's zone: "25 Oct 2016, 08:50 UTC". */
export const formatUtc = (date: Date) => `${UTC.format(date)} UTC`;
