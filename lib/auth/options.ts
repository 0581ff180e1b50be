import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { callbackPath } from "@/lib/auth/callback-path";
import { encodeSessionToken, SESSION_IDLE_SECONDS, sessionCookie } from "@/lib/auth/session-token";
import { authenticate } from "@/lib/data/sign-in";
import { revokeSession } from "@/lib/data/sessions";
import { userOfToken } from "@/lib/data/users";
import { signInSchema } from "@/lib/schemas/sign-in";

// next-auth builds its URLs (where sign-out goes, its redirects) from NEXTAUTH_URL when set, otherwise,
// with this, from the request's Host or X-Forwarded-Host: the app works under whatever address it is
// reached by. proxy.ts lets forwarded headers through only from a trusted proxy (TRUST_PROXY).
process.env.AUTH_TRUST_HOST ??= "1";

export const authOptions: NextAuthOptions = {
  secret: process.env.AUTH_SECRET,
  // next-auth's other cookies (CSRF token, callback URL) follow the session cookie's choice.
  useSecureCookies: sessionCookie.options.secure,
  // maxAge only dates the cookie. The token inside carries its own expiry (encodeSessionToken), which
  // proxy.ts moves on as requests come, so that a session ends after 8 hours without activity.
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  jwt: { encode: encodeSessionToken },
  cookies: { sessionToken: sessionCookie },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new Error("invalid");
        const result = await authenticate(parsed.data.email, parsed.data.password);
        if (!result.ok) throw new Error(result.code);
        return result.user;
      },
    }),
  ],
  events: {
    signOut: ({ token }) => revokeSession(token),
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.tokenVersion = user.tokenVersion;
        token.sid = crypto.randomUUID();
        token.signedInAt = Math.floor(Date.now() / 1000);
        return token;
      }
      // Every other call comes from next-auth's own session endpoint: it refuses what the pages refuse.
      // Throwing is how next-auth 4 answers with no session and clears the cookie.
      if (!(await userOfToken(token))) throw new Error("Session refused: signed out, or the account changed since sign-in.");
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.sub ?? "", tokenVersion: token.tokenVersion ?? -1, sessionId: token.sid, name: session.user?.name, email: session.user?.email,
      };
      return session;
    },
    // Only to a path on this site, judged as callbackPath judges the sign-in page's; next-auth's client
    // sends the page's own absolute URL when given no callbackUrl.
    redirect({ url, baseUrl }) {
      const absolute = URL.canParse(url) ? new URL(url) : null;
      const path = absolute?.origin === baseUrl ? `${absolute.pathname}${absolute.search}${absolute.hash}` : url;
      return `${baseUrl}${callbackPath(path)}`;
    },
  },
};
