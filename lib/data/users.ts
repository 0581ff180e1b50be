import "server-only";
import type { JWT } from "next-auth/jwt";
import type { Role } from "@/generated/prisma/enums";
import { AppError } from "@/lib/app-error";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/data/audit";
import { checkPassword } from "@/lib/data/password-check";
import { messageKey } from "@/lib/i18n/message-key";
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
  /** The user's own language and time zone as stored (lib/i18n checks them); null: the browser's. */
  locale: string | null;
  timeZone: string | null;
};

/**
 * The user behind a session, or null when deactivated, when the token predates a role or password change,
 * or when the session was signed out. Tokens issued before sessions had ids carry no sessionId.
 */
export async function getSessionUser(id: string, tokenVersion: number, sessionId?: string): Promise<SessionUser | null> {
  const user = await db.user.findFirst({
    where: { id, isActive: true, tokenVersion, ...(sessionId !== undefined && { revokedSessions: { none: { sessionId } } }) },
    select: {
      id: true, email: true, name: true, role: true, organizationId: true, mustChangePassword: true, locale: true, timeZone: true,
      organization: { select: { name: true, shortName: true } },
    },
  });
  if (!user) return null;
  const { organization, ...rest } = user;
  return { ...rest, organizationName: organization.name, organizationShortName: organization.shortName };
}

/**
 * The user a session token stands for, or null: the one check behind pages, actions, route handlers and
 * next-auth's own session endpoint. The token's signature and expiry are checked where it is decoded.
 */
export async function userOfToken(token: JWT | null): Promise<SessionUser | null> {
  return token?.sub ? getSessionUser(token.sub, token.tokenVersion ?? -1, token.sid) : null;
}

const WRONG_PASSWORD = messageKey("validation.password.wrongCurrent");
const LOCKED = messageKey("validation.password.locked");

/**
 * Changes the signed-in user's own password and ends all their sessions (the caller signs this one in
 * again). The current password is checked, and wrong ones counted, with sign-in's lock: a stolen session
 * gets no more guesses than the sign-in form.
 */
export async function changeOwnPassword(user: SessionUser, input: PasswordChangeInput) {
  const check = await checkPassword({ id: user.id }, input.currentPassword, { reason: "Wrong current password on the password change." }, async (_, account) => account);
  if (!check) throw new AppError("not-found");
  if (!check.ok) {
    const message = check.code === "locked" ? LOCKED : WRONG_PASSWORD;
    throw new AppError("invalid", message, { currentPassword: [message] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false, tokenVersion: { increment: 1 } } });
    await recordAudit(tx, {
      actor: user, action: "UPDATE", entityType: "User", entityId: user.id,
      changes: check.value.mustChangePassword ? { mustChangePassword: { from: true, to: false } } : {},
      reason: "Password changed by its owner.",
    });
  });
}
