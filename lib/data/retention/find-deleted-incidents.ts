import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users";
import { DELETED_WITH_SETTINGS, PURGE_DATE } from "./purge-date";

export const DELETED_PAGE_SIZE = 50;

export type DeletedIncident = {
  id: string; reference: string; occurredAt: Date; deletedAt: Date; deletedBy: string | null; purgeAt: Date; isRestorable: boolean;
};

/** The user's organization's deleted cases not purged yet, latest deletion first: coordinators and admins only. */
export async function findDeletedIncidents(user: SessionUser, page = 1, now = new Date()) {
  if (!can(user, "incident:restore")) throw new AppError("forbidden");
  const own = Prisma.sql`i."organizationId" = ${user.organizationId}::uuid AND i."deletedAt" IS NOT NULL`;
  // The deletion sets updatedBy, and nothing changes a deleted case afterwards but its restore.
  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<DeletedIncident[]>`
      SELECT i.id, i.reference, i."occurredAt", i."deletedAt", u.name AS "deletedBy", ${PURGE_DATE} AS "purgeAt", ${PURGE_DATE} > ${now} AS "isRestorable"
      FROM ${DELETED_WITH_SETTINGS} LEFT JOIN "User" u ON u.id = i."updatedById"
      WHERE ${own} ORDER BY i."deletedAt" DESC, i.id LIMIT ${DELETED_PAGE_SIZE} OFFSET ${(page - 1) * DELETED_PAGE_SIZE}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Incident" i WHERE ${own}`,
  ]);
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / DELETED_PAGE_SIZE)) };
}
