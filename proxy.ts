import { withAuth } from "next-auth/middleware";
import { NextResponse } from "next/server";
import { renewSessionToken, sessionCookie } from "@/lib/auth/session-token";

const secret = process.env.AUTH_SECRET;

// Sends anonymous visitors to sign-in and re-issues a signed-in visitor's token, so that the session's
// 8 hours count from its last request. It is never the defence: every page, action and data function
// checks the user itself, revocation included (the proxy does not ask the database).
export default withAuth(
  async function proxy(request) {
    const response = NextResponse.next();
    // withAuth calls this only with a token it decoded with the secret.
    const renewed = await renewSessionToken(request.nextauth.token!, secret!);
    if (renewed) response.cookies.set(sessionCookie.name, renewed.value, { ...sessionCookie.options, expires: renewed.expires });
    return response;
  },
  { pages: { signIn: "/sign-in" }, secret, cookies: { sessionToken: { name: sessionCookie.name } } },
);

// The import upload is left out: Next hands a route behind the proxy only the first 10 MB of a body
// sent without Content-Length, so the route could not tell a truncated file from a whole one.
export const config = { matcher: ["/((?!api/auth|api/health|sign-in|import/upload|_next/static|_next/image|favicon.ico|icon.svg).*)"] };
