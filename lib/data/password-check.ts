import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { verifyPassword } from "@/lib/auth/password";
import type { SignInErrorCode } from "@/lib/auth/sign-in-errors";
import { db } from "@/lib/db";

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

type Tx = Prisma.TransactionClient;

export type Account = {
  id: string; email: string; name: string; organizationId: string; tokenVersion: number; mustChangePassword: boolean;
};
type LockedRow = Account & { passwordHash: string; isActive: boolean; failedLoginCount: number; isLocked: boolean };

export type PasswordCheck<T> = { ok: true; value: T } | { ok: false; code: SignInErrorCode };

/** Why a password was asked for, in the audit events of its failures (a sign-in records none). */
type Attempt = { reason?: string };

// A burst of attempts on one account waits its turn on the row lock; each holds it for one argon2 check.
const TRANSACTION = { maxWait: 10_000, timeout: 10_000 };

/**
 * Checks an account's password with the account's row locked, so that parallel attempts, from any app
 * instance, are taken one after another: the lock decision, the check and the count are one step, a
 * locked account's password is not checked at all, and a success cannot clear a lock set by an attempt
 * beside it. `onSuccess` runs in the same transaction. Null when no account matches.
 */
export async function checkPassword<T>(
  where: { email: string } | { id: string }, password: string, attempt: Attempt, onSuccess: (tx: Tx, account: Account) => Promise<T>,
): Promise<PasswordCheck<T> | null> {
  const condition = "email" in where ? Prisma.sql`email = ${where.email}` : Prisma.sql`id = ${where.id}::uuid`;
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<LockedRow[]>`
      SELECT id, email, name, "organizationId", "tokenVersion", "mustChangePassword", "passwordHash", "isActive", "failedLoginCount",
        coalesce("lockedUntil" > now(), false) AS "isLocked"
      FROM "User" WHERE ${condition} FOR UPDATE`;
    if (!row) return null;
    const { passwordHash, isActive, failedLoginCount, isLocked, ...account } = row;
    const audit = (action: "SIGN_IN_FAILED" | "LOCK", details: object = {}) =>
      tx.auditEvent.create({ data: { actorId: account.id, action, entityType: "User", entityId: account.id, changes: { email: account.email, ...details }, reason: attempt.reason } });

    if (isLocked) {
      await audit("SIGN_IN_FAILED", { locked: true });
      return { ok: false, code: "locked" } as const;
    }
    if (!(await verifyPassword(passwordHash, password)) || !isActive) {
      const isNowLocked = failedLoginCount + 1 >= MAX_FAILED_SIGN_INS;
      await tx.$executeRaw`
        UPDATE "User" SET "failedLoginCount" = ${isNowLocked ? 0 : failedLoginCount + 1},
          "lockedUntil" = CASE WHEN ${isNowLocked} THEN now() + make_interval(mins => ${LOCK_MINUTES}) ELSE "lockedUntil" END
        WHERE id = ${account.id}::uuid`;
      await audit(isNowLocked ? "LOCK" : "SIGN_IN_FAILED");
      return { ok: false, code: isNowLocked ? "locked" : "invalid" } as const;
    }
    await tx.user.update({ where: { id: account.id }, data: { failedLoginCount: 0, lockedUntil: null } });
    return { ok: true, value: await onSuccess(tx, account) } as const;
  }, TRANSACTION);
}
