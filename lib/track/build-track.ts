import type { TimelineEventType } from "@/generated/prisma/enums";

// A case's track: the positions of its timeline events and its track points, in time order.
type Positioned = { id: string; occurredAt: Date; latitude: number | null; longitude: number | null };
type EventLike = Positioned & { type: TimelineEventType };
type PointLike = Positioned & { note: string | null };

export type TrackVertex = {
  id: string;
  kind: "event" | "point";
  /** The event's type; null for a track point. */
  type: TimelineEventType | null;
  occurredAt: Date;
  latitude: number;
  longitude: number;
  note: string | null;
};

const hasPosition = <T extends Positioned>(row: T): row is T & { latitude: number; longitude: number } => row.latitude !== null && row.longitude !== null;

/** The positioned events and the track points, oldest first; at the same minute, events before points. */
export function buildTrack(events: readonly EventLike[], points: readonly PointLike[]): TrackVertex[] {
  const vertices: TrackVertex[] = [
    ...events.filter(hasPosition).map(({ id, type, occurredAt, latitude, longitude }) => ({ id, kind: "event" as const, type, occurredAt, latitude, longitude, note: null })),
    ...points.filter(hasPosition).map(({ id, occurredAt, latitude, longitude, note }) => ({ id, kind: "point" as const, type: null, occurredAt, latitude, longitude, note })),
  ];
  // Array.prototype.sort is stable: ties keep events first.
  return vertices.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
}

/** Where the case was first reported: the alert's position when it has one, otherwise the earliest point of the track. */
export function firstIndication(track: readonly TrackVertex[]): TrackVertex | null {
  return track.find((vertex) => vertex.type === "ALERT_RECEIVED") ?? track[0] ?? null;
}
