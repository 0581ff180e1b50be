import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/app-error";
import { isUuid } from "@/lib/data/admin-scope";
import type { TrackPointInput } from "@/lib/schemas/track";

// How a parsed track point becomes TrackPoint columns, and the picture of it that audit events record.
export const storedPointColumns = { id: true, occurredAt: true, positionText: true, latitude: true, longitude: true, note: true } as const;

export function pointColumns(input: TrackPointInput) {
  return { occurredAt: input.occurredAt, positionText: input.position, latitude: input.latitude, longitude: input.longitude, note: input.note };
}

export function pointAuditState(point: ReturnType<typeof pointColumns>) {
  return { occurredAt: point.occurredAt.toISOString(), position: point.positionText, note: point.note };
}

/** The track point of this case, or "not found" (a point of another case looks like a missing one). */
export async function findCasePoint(client: Prisma.TransactionClient, incidentId: string, pointId: string) {
  const point = isUuid(pointId) ? await client.trackPoint.findFirst({ where: { id: pointId, incidentId }, select: storedPointColumns }) : null;
  if (!point) throw new AppError("not-found");
  return point;
}
