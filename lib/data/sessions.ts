import "server-only";
import type { JWT } from "next-auth/jwt";
import { sessionEnd } from "@/lib/auth/session-token";
import { db } from "@/lib/db";

/**
 * Refuses the session's token from now on, including copies of it. The row stays until no token of the
 * session can be valid: not the token's own expiry, because the proxy re-issues any valid token without
 * asking the database, revoked or not. Expired rows go here, so the table holds only live revocations.
 */
export async function revokeSession(token: JWT | null) {
  if (!token?.sid || !token.sub || token.signedInAt === undefined) return;
  await db.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  await db.revokedSession.createMany({
    data: [{ sessionId: token.sid, userId: token.sub, expiresAt: sessionEnd(token.signedInAt) }],
    skipDuplicates: true,
  });
}
