import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { SignInErrorCode } from "@/lib/auth/sign-in-errors";
import { db } from "@/lib/db";
import { checkPassword } from "@/lib/data/password-check";

// Verified when the email is unknown so that a wrong email costs as long as a wrong password.
let dummyHash: Promise<string> | undefined;

export type SignInResult = { ok: true; user: { id: string; email: string; name: string; tokenVersion: number } } | { ok: false; code: SignInErrorCode };

export async function authenticate(email: string, password: string): Promise<SignInResult> {
  const result = await checkPassword({ email }, password, {}, async (tx, user) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await tx.auditEvent.create({ data: { actorId: user.id, organizationId: user.organizationId, action: "SIGN_IN", entityType: "User", entityId: user.id } });
    return { id: user.id, email: user.email, name: user.name, tokenVersion: user.tokenVersion };
  });
  if (result) return result.ok ? { ok: true, user: result.value } : result;
  await verifyPassword(await (dummyHash ??= hashPassword("not-a-real-account")), password);
  await db.auditEvent.create({ data: { action: "SIGN_IN_FAILED", entityType: "User", changes: { email } } });
  return { ok: false, code: "invalid" };
}
