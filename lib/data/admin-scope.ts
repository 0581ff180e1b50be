import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users";

export type AdminScope = {
  isPlatformOperator: boolean;
  /** Filter on a record's organizationId: the admin's own organization, or every one for platform operators. */
  byOrganization: { organizationId?: string };
};

/** What an admin manages: their own organization, or all of them when their organization runs the platform. */
export async function getAdminScope(admin: SessionUser): Promise<AdminScope> {
  const organization = await db.organization.findUnique({ where: { id: admin.organizationId }, select: { isPlatformOperator: true } });
  const isPlatformOperator = organization?.isPlatformOperator ?? false;
  return { isPlatformOperator, byOrganization: isPlatformOperator ? {} : { organizationId: admin.organizationId } };
}

/**
 * The audit actor for an admin's change: the event belongs to the organization whose record changed, so
 * that organization sees it even when a platform operator made the change (who sees it as its actor).
 */
export function auditActorFor(admin: SessionUser, organizationId: string | null) {
  return { id: admin.id, organizationId: organizationId ?? admin.organizationId };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (id: string) => UUID.test(id);

/** Ids come from URLs: anything that is not a UUID is simply not found (PostgreSQL would refuse to compare it). */
export function assertUuid(id: string) {
  if (!isUuid(id)) throw new AppError("not-found");
}

export function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** A refusal shown on the form: the message on the field, and a sentence above the form. */
export function fieldConflict(field: string, message: string) {
  return new AppError("invalid", message, { [field]: [message] });
}
