import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { SignInErrorCode } from "@/lib/auth/sign-in-errors";
import { db } from "@/lib/db";

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

// Verified when the email is unknown so that a wrong email costs as long as a wrong password.
let dummyHash: Promise<string> | undefined;

export type SignInResult = { ok: true; user: { id: string; email: string; name: string; tokenVersion: number } } | { ok: false; code: SignInErrorCode };

async function recordFailure(userId: string, email: string) {
  // One atomic statement, so parallel attempts on several app instances count every failure.
  const [row] = await db.$queryRaw<{ lockedUntil: Date | null }[]>`
    UPDATE "User" SET
      "failedLoginCount" = CASE WHEN "failedLoginCount" + 1 >= ${MAX_FAILED_SIGN_INS} THEN 0 ELSE "failedLoginCount" + 1 END,
      "lockedUntil" = CASE WHEN "failedLoginCount" + 1 >= ${MAX_FAILED_SIGN_INS}
        THEN now() + make_interval(mins => ${LOCK_MINUTES}) ELSE "lockedUntil" END
    WHERE id = ${userId}::uuid
    RETURNING "lockedUntil"`;
  const isNowLocked = !!row?.lockedUntil && row.lockedUntil > new Date();
  await db.auditEvent.create({
    data: { actorId: userId, action: isNowLocked ? "LOCK" : "SIGN_IN_FAILED", entityType: "User", entityId: userId, changes: { email } },
  });
  return isNowLocked;
}

export async function authenticate(email: string, password: string): Promise<SignInResult> {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, isActive: true, lockedUntil: true, tokenVersion: true, organizationId: true },
  });
  if (!user) {
    await verifyPassword(await (dummyHash ??= hashPassword("not-a-real-account")), password);
    await db.auditEvent.create({ data: { action: "SIGN_IN_FAILED", entityType: "User", changes: { email } } });
    return { ok: false, code: "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    await db.auditEvent.create({ data: { actorId: user.id, action: "SIGN_IN_FAILED", entityType: "User", entityId: user.id, changes: { email, locked: true } } });
    return { ok: false, code: "locked" };
  }
  const isValid = (await verifyPassword(user.passwordHash, password)) && user.isActive;
  if (!isValid) return { ok: false, code: (await recordFailure(user.id, email)) ? "locked" : "invalid" };

  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, lastSignInAt: new Date() } }),
    db.auditEvent.create({ data: { actorId: user.id, organizationId: user.organizationId, action: "SIGN_IN", entityType: "User", entityId: user.id } }),
  ]);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, tokenVersion: user.tokenVersion } };
}
