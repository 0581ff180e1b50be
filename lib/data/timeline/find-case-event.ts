import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/app-error";
import { isUuid } from "@/lib/data/admin-scope";
import { storedEventColumns } from "./event-record";

/** The event of this case, or "not found" (an event of another case looks like a missing one). */
export async function findCaseEvent(client: Prisma.TransactionClient, incidentId: string, eventId: string) {
  const event = isUuid(eventId) ? await client.timelineEvent.findFirst({ where: { id: eventId, incidentId }, select: storedEventColumns }) : null;
  if (!event) throw new AppError("not-found");
  return event;
}
