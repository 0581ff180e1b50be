import { RESCUE_TYPES } from "./event-fields";
import { inTimeOrder, type TimelineFact } from "./order";

// The durations people quote about a case, derived from its timeline (issue 13).
export type Span = { from: Date; to: Date; ms: number };
export type Durations = {
  /** First alert → first time on scene after it. */
  alertToOnScene: Span | null;
  /** First rescue event → last disembarkation: the stand-off. */
  rescueToDisembarkation: Span | null;
  /** First place-of-safety request → first assignment after it; while none is assigned, → now (or the disembarkation or closure that ended the wait). */
  withoutPlaceOfSafety: (Span & { isRunning: boolean }) | null;
};

type Fact = Pick<TimelineFact, "id" | "type" | "occurredAt" | "createdAt">;

const span = (from: Date, to: Date): Span => ({ from, to, ms: to.getTime() - from.getTime() });

export function timelineDurations(events: readonly Fact[], now: Date): Durations {
  const ordered = inTimeOrder(events);
  const first = (test: (event: Fact) => boolean, after?: Fact) => ordered.find((event) => test(event) && (!after || ordered.indexOf(event) > ordered.indexOf(after)));

  const alert = first((e) => e.type === "ALERT_RECEIVED");
  const onScene = alert && first((e) => e.type === "ON_SCENE", alert);

  const rescue = first((e) => RESCUE_TYPES.includes(e.type));
  const disembarked = rescue && ordered.findLast((e) => e.type === "DISEMBARKATION" && ordered.indexOf(e) > ordered.indexOf(rescue));

  const request = first((e) => e.type === "POS_REQUESTED");
  const assigned = request && first((e) => e.type === "POS_ASSIGNED", request);
  const ended = request && !assigned && first((e) => e.type === "DISEMBARKATION" || e.type === "CASE_CLOSED", request);
  const waitEnd = assigned ?? ended;

  return {
    alertToOnScene: alert && onScene ? span(alert.occurredAt, onScene.occurredAt) : null,
    rescueToDisembarkation: rescue && disembarked ? span(rescue.occurredAt, disembarked.occurredAt) : null,
    withoutPlaceOfSafety: request
      ? { ...span(request.occurredAt, waitEnd ? waitEnd.occurredAt : new Date(Math.max(now.getTime(), request.occurredAt.getTime()))), isRunning: !waitEnd }
      : null,
  };
}

/** Each place-of-safety request's number in the case, in time order: 1 for the first. */
export function posRequestNumbers(events: readonly Fact[]): Map<string, number> {
  const requests = inTimeOrder(events).filter((event) => event.type === "POS_REQUESTED");
  return new Map(requests.map((event, i) => [event.id, i + 1]));
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * What the duration message (durations.span, components/ui/duration.tsx) takes: minutes, hours and minutes, and from a
 * day on, days and hours.
 */
export function durationParts(ms: number) {
  const days = Math.max(0, Math.floor(ms / DAY));
  const hours = Math.max(0, Math.floor((ms - days * DAY) / HOUR));
  const minutes = days ? 0 : Math.max(0, Math.floor(ms / MINUTE)) % 60;
  return { days, hours, minutes };
}
