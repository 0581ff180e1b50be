import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    tokenVersion: number;
  }
  interface Session {
    user: { id: string; tokenVersion: number; sessionId?: string; name?: string | null; email?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    tokenVersion?: number;
    // Set at sign-in: the session's id, which sign-out revokes, and when the session began (seconds).
    // Tokens issued before they were introduced carry neither.
    sid?: string;
    signedInAt?: number;
  }
}
