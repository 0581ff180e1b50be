import "server-only";
import { randomInt } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/app-error";
import { hashPassword } from "@/lib/auth/password";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { assertUuid, auditActorFor, fieldConflict, getAdminScope, isUniqueViolation } from "@/lib/data/admin-scope";
import { recordAudit } from "@/lib/data/audit";
import type { SessionUser } from "@/lib/data/users";
import type { UserActiveInput, UserCreate, UserRoleInput } from "@/lib/schemas/user";
import { messageKey } from "@/lib/i18n/message-key";

// No 0/O, 1/l/I: the password is read out or copied by hand once.
const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** 16 random characters in groups of four (≈ 92 bits), e.g. "k7Qm-x2Pd-9vRt-h3Wc". */
export function generateOneTimePassword() {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join("")).join("-");
}

const managedUserColumns = {
  id: true, name: true, email: true, role: true, isActive: true, mustChangePassword: true, lastSignInAt: true, lockedUntil: true, createdAt: true,
  organizationId: true, organization: { select: { shortName: true, name: true } },
} as const satisfies Prisma.UserSelect;

function assertCanManageUsers(admin: SessionUser) {
  if (!can(admin, "users:manage")) throw new AppError("forbidden");
}

export async function findManagedUsers(admin: SessionUser) {
  assertCanManageUsers(admin);
  const { byOrganization } = await getAdminScope(admin);
  return db.user.findMany({ where: byOrganization, select: managedUserColumns, orderBy: [{ organization: { shortName: "asc" } }, { name: "asc" }, { email: "asc" }] });
}

export type ManagedUser = Awaited<ReturnType<typeof findManagedUsers>>[number];

export async function getManagedUser(admin: SessionUser, userId: string) {
  assertCanManageUsers(admin);
  assertUuid(userId);
  const { byOrganization } = await getAdminScope(admin);
  const user = await db.user.findFirst({ where: { id: userId, ...byOrganization }, select: managedUserColumns });
  if (!user) throw new AppError("not-found");
  return user;
}

const duplicateEmail = (email: string) => fieldConflict("email", messageKey("validation.admin.emailTaken", { email }));

export async function createManagedUser(admin: SessionUser, input: UserCreate) {
  assertCanManageUsers(admin);
  const scope = await getAdminScope(admin);
  const organizationId = scope.isPlatformOperator ? input.organizationId : admin.organizationId;
  if (!organizationId) throw fieldConflict("organizationId", messageKey("validation.admin.chooseOrganization"));
  const organization = await db.organization.findUnique({ where: { id: organizationId }, select: { shortName: true } });
  if (!organization) throw fieldConflict("organizationId", messageKey("validation.admin.organizationGone"));
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw duplicateEmail(input.email);

  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { name: input.name, email: input.email, role: input.role, organizationId, passwordHash, mustChangePassword: true },
        select: { id: true, email: true, name: true },
      });
      await recordAudit(tx, {
        actor: auditActorFor(admin, organizationId), action: "CREATE", entityType: "User", entityId: created.id,
        changes: { name: input.name, email: input.email, role: input.role, organization: organization.shortName },
      });
      return created;
    });
    return { ...user, oneTimePassword };
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateEmail(input.email);
    throw error;
  }
}

type Update = { data: Prisma.UserUpdateInput; changes: Record<string, { from: unknown; to: unknown }>; reason?: string };

/** Applies one access change to a user the admin manages, ends their sessions and records it, in one transaction. */
async function updateManagedUser(admin: SessionUser, userId: string, decide: (user: ManagedUser) => Update | null) {
  assertCanManageUsers(admin);
  const { byOrganization } = await getAdminScope(admin);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, ...byOrganization }, select: managedUserColumns });
    if (!user) throw new AppError("not-found");
    const update = decide(user);
    if (!update) return user;
    const updated = await tx.user.update({ where: { id: userId }, data: { ...update.data, tokenVersion: { increment: 1 } }, select: managedUserColumns });
    await recordAudit(tx, {
      actor: auditActorFor(admin, user.organizationId), action: "UPDATE", entityType: "User", entityId: userId,
      changes: update.changes as Prisma.InputJsonObject, reason: update.reason,
    });
    return updated;
  });
}

export async function changeUserRole(admin: SessionUser, { userId, role }: UserRoleInput) {
  if (userId === admin.id && role !== "ADMIN")
    throw new AppError("forbidden", messageKey("validation.admin.ownAdminRole"));
  return updateManagedUser(admin, userId, (user) => (user.role === role ? null : { data: { role }, changes: { role: { from: user.role, to: role } } }));
}

export async function setUserActive(admin: SessionUser, { userId, isActive }: UserActiveInput) {
  if (userId === admin.id && !isActive) throw new AppError("forbidden", messageKey("validation.admin.ownDeactivation"));
  return updateManagedUser(admin, userId, (user) =>
    user.isActive === isActive ? null : { data: { isActive }, changes: { isActive: { from: user.isActive, to: isActive } } },
  );
}

/** A new one-time password, to be changed at the next sign-in; also lifts a lockout. */
export async function resetUserPassword(admin: SessionUser, userId: string) {
  if (userId === admin.id) throw new AppError("forbidden", messageKey("validation.admin.ownPassword"));
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const user = await updateManagedUser(admin, userId, (current) => ({
    data: { passwordHash, mustChangePassword: true, failedLoginCount: 0, lockedUntil: null },
    changes: {
      mustChangePassword: { from: current.mustChangePassword, to: true },
      ...(current.lockedUntil && current.lockedUntil > new Date() ? { lockedUntil: { from: current.lockedUntil.toISOString(), to: null } } : {}),
    },
    reason: "Password reset by an administrator: a one-time password was issued.",
  }));
  return { id: user.id, email: user.email, name: user.name, oneTimePassword };
}
