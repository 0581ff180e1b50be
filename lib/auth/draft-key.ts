import "server-only";
import { createHmac } from "node:crypto";
import { sessionClaims } from "@/lib/auth/session";
import { SESSION_IDLE_SECONDS, SESSION_LIMIT_SECONDS } from "@/lib/auth/session-token";
import type { SessionUser } from "@/lib/data/users";

/** What the browser needs to keep one user's unsaved input for them alone (components/forms/draft-vault.ts). */
export type DraftKey = {
  /** Names the user's drafts in storage without naming the user. */
  owner: string;
  /** AES-GCM key of the drafts' content, and HMAC key of their names (which form, which incident). */
  cipherKey: string;
  slotKey: string;
  /** A draft expires with the session that wrote it: at most this long after its last change… */
  idleMs: number;
  /** …and never after the session's own limit (ms since the epoch). */
  sessionEndsAt: number;
};

const derive = (...parts: (string | number)[]) =>
  createHmac("sha256", process.env.AUTH_SECRET!).update(["rescue-ledger drafts", ...parts].join("\0")).digest("base64url");

/**
 * Derived from the server's secret, so only the server can make them, and handed only to the signed-in
 * user's own pages. The generation (the token version) moves on with a password or role change or a
 * deactivation, so drafts of before cannot be opened any more, even by their author.
 */
export function deriveDraftKey(userId: string, generation: number, sessionEndsAt: number): DraftKey {
  return {
    owner: derive("owner", userId).slice(0, 22),
    cipherKey: derive("content", userId, generation),
    slotKey: derive("slot", userId, generation),
    idleMs: SESSION_IDLE_SECONDS * 1000,
    sessionEndsAt,
  };
}

/** The signed-in user's draft key, for this session. */
export async function draftKeyFor(user: SessionUser): Promise<DraftKey> {
  const claims = await sessionClaims();
  const generation = claims?.sub === user.id ? (claims.tokenVersion ?? -1) : -1;
  const sessionEnd = claims?.signedInAt !== undefined ? claims.signedInAt + SESSION_LIMIT_SECONDS : Number(claims?.exp ?? 0);
  return deriveDraftKey(user.id, generation, sessionEnd * 1000);
}
