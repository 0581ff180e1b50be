import type { Prisma } from "@/generated/prisma/client";

/** Incidents a user may read: their organization's and those it partnered on; never soft-deleted ones. */
export function readableIncidents(user: { organizationId: string }): Prisma.IncidentWhereInput {
  return {
    deletedAt: null,
    OR: [{ organizationId: user.organizationId }, { partners: { some: { organizationId: user.organizationId } } }],
  };
}
