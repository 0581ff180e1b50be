import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { sessionCookie } from "@/lib/auth/session-token";
import { getSessionUser, type SessionUser } from "@/lib/data/users";

/**
 * The session token's claims when its signature and expiry hold, else null. Decoded here rather than by
 * getServerSession, which also encrypts a renewed token that a page cannot send (proxy.ts renews it).
 */
export async function sessionClaims() {
  const token = (await cookies()).get(sessionCookie.name)?.value;
  if (!token) return null;
  try {
    return await decode({ token, secret: process.env.AUTH_SECRET! });
  } catch (error) {
    // Expired, forged or made with another secret. The code, as next-auth would log it; never the token.
    console.warn(`[auth] JWT_SESSION_ERROR: session token refused (${(error as { code?: string }).code ?? "unreadable"})`);
    return null;
  }
}

/** The signed-in, active user, checked against the database once per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await sessionClaims();
  if (!claims?.sub) return null;
  return getSessionUser(claims.sub, claims.tokenVersion ?? -1, claims.sid);
});

export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}
