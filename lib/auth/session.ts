import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { sessionCookie } from "@/lib/auth/session-token";
import { type SessionUser, userOfToken } from "@/lib/data/users";

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

/** The signed-in, active user, checked against the database once per request, whatever they must do first. */
const getSignedInUser = cache(async (): Promise<SessionUser | null> => userOfToken(await sessionClaims()));

/**
 * The user every page, action and route handler acts as: signed in, and not owing a new password. A user
 * signed in with a one-time password may only choose their own (requireUserForPasswordChange).
 */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const user = await getSignedInUser();
  return user?.mustChangePassword ? null : user;
}

/** The signed-in user's own language and zone (also while they must change their password), or null. */
export async function getLanguageSetting(): Promise<Pick<SessionUser, "locale" | "timeZone"> | null> {
  const user = await getSignedInUser();
  return user && { locale: user.locale, timeZone: user.timeZone };
}

export async function requireUser(): Promise<SessionUser> {
  const user = await getSignedInUser();
  if (!user) redirect("/sign-in");
  if (user.mustChangePassword) redirect("/account/password");
  return user;
}

/** requireUser for the password change alone: the one thing a user who must change their password may do. */
export async function requireUserForPasswordChange(): Promise<SessionUser> {
  const user = await getSignedInUser();
  if (!user) redirect("/sign-in");
  return user;
}
