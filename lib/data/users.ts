import "server-only";
import type { Role } from "@/generated/prisma/enums";
import { AppError } from "@/lib/app-error";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/data/audit";
import type { PasswordChangeInput } from "@/lib/schemas/password";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string;
  organizationName: string;
  organizationShortName: string;
  mustChangePassword: boolean;
};

/**
 * The user behind a session, or null when deactivated, when the token predates a role or password change,
 * or when the session was signed out. Tokens issued before sessions had ids carry no sessionId.
 */
export async function getSessionUser(id: string, tokenVersion: number, sessionId?: string): Promise<SessionUser | null> {
  const user = await db.user.findFirst({
    where: { id, isActive: true, tokenVersion, ...(sessionId !== undefined && { revokedSessions: { none: { sessionId } } }) },
    select: {
      id: true, email: true, name: true, role: true, organizationId: true, mustChangePassword: true,
      organization: { select: { name: true, shortName: true } },
    },
  });
  if (!user) return null;
  const { organization, ...rest } = user;
  return { ...rest, organizationName: organization.name, organizationShortName: organization.shortName };
}

/**
 * Changes the signed-in user's own password and ends all their sessions (the caller signs this one in
 * again). The hash is read here, and only here outside sign-in, to check the current password.
 */
export async function changeOwnPassword(user: SessionUser, input: PasswordChangeInput) {
  const current = await db.user.findFirst({ where: { id: user.id, isActive: true }, select: { passwordHash: true, mustChangePassword: true } });
  if (!current) throw new AppError("not-found");
  if (!(await verifyPassword(current.passwordHash, input.currentPassword)))
    throw new AppError("invalid", "The current password is wrong.", { currentPassword: ["The current password is wrong."] });
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false, tokenVersion: { increment: 1 } } });
    await recordAudit(tx, {
      actor: user, action: "UPDATE", entityType: "User", entityId: user.id,
      changes: current.mustChangePassword ? { mustChangePassword: { from: true, to: false } } : {},
      reason: "Password changed by its owner.",
    });
  });
}
