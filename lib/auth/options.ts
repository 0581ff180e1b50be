import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "@/lib/data/sign-in";
import { signInSchema } from "@/lib/schemas/sign-in";

const EIGHT_HOURS = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: process.env.AUTH_SECRET,
  // The JWT is re-issued on every request, so maxAge is an inactivity timeout.
  session: { strategy: "jwt", maxAge: EIGHT_HOURS, updateAge: 0 },
  // session.maxAge only dates the cookie; the token's own expiry (next-auth's default: 30 days) is what
  // the server checks, so a copied token must carry the same limit.
  jwt: { maxAge: EIGHT_HOURS },
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
  callbacks: {
    jwt({ token, user }) {
      if (user) token.tokenVersion = user.tokenVersion;
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.sub ?? "", tokenVersion: token.tokenVersion ?? -1, name: session.user?.name, email: session.user?.email };
      return session;
    },
    redirect({ url, baseUrl }) {
      return url.startsWith("/") ? `${baseUrl}${url}` : baseUrl;
    },
  },
};
