import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { assertUuid, auditActorFor, fieldConflict, getAdminScope, isUniqueViolation } from "@/lib/data/admin-scope";
import { changedFields, recordAudit } from "@/lib/data/audit";
import { likeLiteral } from "@/lib/data/like-pattern";
import type { SessionUser } from "@/lib/data/users";
import { type OrganizationInput, type OrganizationRecord, organizationRecordSchema } from "@/lib/schemas/organization";
import { messageKey } from "@/lib/i18n/message-key";

const organizationColumns = {
  id: true, name: true, shortName: true, country: true, isPlatformOperator: true,
  _count: { select: { users: true, vessels: true } },
} as const;

async function managedOrganizations(admin: SessionUser) {
  if (!can(admin, "organizations:manage")) throw new AppError("forbidden");
  const scope = await getAdminScope(admin);
  return { scope, where: scope.isPlatformOperator ? {} : { id: admin.organizationId } };
}

export async function findManagedOrganizations(admin: SessionUser) {
  const { where } = await managedOrganizations(admin);
  return db.organization.findMany({ where, select: organizationColumns, orderBy: { name: "asc" } });
}

export type ManagedOrganization = Awaited<ReturnType<typeof findManagedOrganizations>>[number];

export async function getManagedOrganization(admin: SessionUser, id: string) {
  const { where } = await managedOrganizations(admin);
  assertUuid(id);
  const organization = await db.organization.findFirst({ where: { AND: [{ id }, where] }, select: organizationColumns });
  if (!organization) throw new AppError("not-found");
  return organization;
}

/** Refuses a name or short name another organization already uses (names compared case-insensitively). */
async function assertUnique(tx: Prisma.TransactionClient, input: OrganizationRecord, exceptId?: string) {
  const others = await tx.organization.findMany({
    where: { id: exceptId ? { not: exceptId } : undefined, OR: [{ name: { equals: likeLiteral(input.name), mode: "insensitive" } }, { shortName: input.shortName }] },
    select: { name: true, shortName: true },
  });
  if (others.some((o) => o.shortName === input.shortName))
    throw fieldConflict("shortName", messageKey("validation.admin.shortNameTaken", { shortName: input.shortName }));
  if (others.length) throw fieldConflict("name", messageKey("validation.admin.organizationNameTaken", { name: others[0].name }));
}

function duplicateOf(error: unknown, input: OrganizationRecord) {
  return isUniqueViolation(error) ? fieldConflict("shortName", messageKey("validation.admin.organizationSavedMeanwhile", { name: input.name, shortName: input.shortName })) : error;
}

const ONLY_OPERATORS = messageKey("validation.admin.onlyOperators");

/** Whether the user may add organizations: administrators of the platform operator. */
export async function mayAddOrganizations(admin: SessionUser) {
  return can(admin, "organizations:manage") && (await getAdminScope(admin)).isPlatformOperator;
}

/**
 * Adds an organization, with its audit event, inside the caller's transaction: the one way to create
 * one, from the admin form or for a partner an import names. Checks the platform-operator rule and
 * the schema's rules (a short name of 2–8 capitals or digits) whoever calls it.
 */
export async function addOrganization(tx: Prisma.TransactionClient, admin: SessionUser, input: OrganizationRecord, { id, reason }: { id?: string; reason?: string } = {}) {
  if (!can(admin, "organizations:manage")) throw new AppError("forbidden");
  const operator = await tx.organization.findUnique({ where: { id: admin.organizationId }, select: { isPlatformOperator: true } });
  if (!operator?.isPlatformOperator) throw new AppError("forbidden", ONLY_OPERATORS);
  const data = organizationRecordSchema.parse(input);
  await assertUnique(tx, data);
  const created = await tx.organization.create({ data: { ...data, id }, select: { id: true, name: true, shortName: true } });
  await recordAudit(tx, { actor: auditActorFor(admin, created.id), action: "CREATE", entityType: "Organization", entityId: created.id, changes: data, reason });
  return created;
}

export async function createOrganization(admin: SessionUser, input: OrganizationRecord) {
  try {
    return await db.$transaction((tx) => addOrganization(tx, admin, input));
  } catch (error) {
    throw duplicateOf(error, input);
  }
}

export async function updateOrganization(admin: SessionUser, id: string, input: OrganizationInput) {
  const { where } = await managedOrganizations(admin);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.organization.findFirst({ where: { AND: [{ id }, where] }, select: { name: true, shortName: true, country: true } });
      if (!before) throw new AppError("not-found");
      await assertUnique(tx, input, id);
      const changes = changedFields(before, input);
      if (Object.keys(changes).length === 0) return { id, ...before };
      const updated = await tx.organization.update({ where: { id }, data: input, select: { id: true, name: true, shortName: true, country: true } });
      await recordAudit(tx, { actor: auditActorFor(admin, id), action: "UPDATE", entityType: "Organization", entityId: id, changes: changes as Prisma.InputJsonObject });
      return updated;
    });
  } catch (error) {
    throw duplicateOf(error, input);
  }
}
