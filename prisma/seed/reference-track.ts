import type { Prisma } from "@/generated/prisma/client";

// The dinghy's drift while the bodies were recovered: no report gives it, so these points are a
// reconstruction like the timeline's times, and say so in their notes.
const DRIFT: { at: string; position: [text: string, latitude: number, longitude: number]; note: string }[] = [
  { at: "2016-10-25T12:30", position: ["33°15.4'N 012°36.6'E", 33.256667, 12.61], note: "Reconstruction: the dinghy adrift while Sea-Watch and the ship's crew recovered the bodies." },
  { at: "2016-10-25T14:30", position: ["33°15.9'N 012°37.3'E", 33.265, 12.621667], note: "Reconstruction: still adrift to the north-east." },
  { at: "2016-10-25T16:30", position: ["33.2717, 12.6317", 33.2717, 12.6317], note: "Reconstruction: the dinghy's last position, once every body had been recovered." },
];

export const REFERENCE_TRACK_POINTS = DRIFT.length;

/** The track points of the first rescue and their CREATE audit events, recorded by the field user that evening. */
export function referenceTrackRows(incidentId: string, ctx: { organizationId: string; fieldUserId: string }) {
  const points: Prisma.TrackPointCreateManyInput[] = [];
  const audits: Prisma.AuditEventCreateManyInput[] = [];
  DRIFT.forEach(({ at, position: [positionText, latitude, longitude], note }, i) => {
    const id = crypto.randomUUID();
    const occurredAt = new Date(`${at}:00Z`);
    const recordedAt = new Date(`2016-10-25T18:${String(10 + i).padStart(2, "0")}:00Z`);
    points.push({ id, incidentId, occurredAt, positionText, latitude, longitude, note, createdById: ctx.fieldUserId, updatedById: ctx.fieldUserId, createdAt: recordedAt, updatedAt: recordedAt });
    audits.push({
      actorId: ctx.fieldUserId, organizationId: ctx.organizationId, action: "CREATE", entityType: "TrackPoint", entityId: id, incidentId, createdAt: recordedAt,
      changes: { occurredAt: occurredAt.toISOString(), position: positionText, note },
    });
  });
  return { points, audits };
}
