import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { type NextFetchEvent, type NextRequest, NextResponse } from "next/server";
import { renewSessionToken, sessionCookie } from "@/lib/auth/session-token";
import { newNonce, pagePolicy } from "@/lib/http/content-security-policy";
import { believableHeaders, isHttps } from "@/lib/http/forwarded-headers";

const secret = process.env.AUTH_SECRET;
const HSTS = "max-age=63072000; includeSubDomains";

/** Lets the request through with only believable forwarded headers and a page policy with a fresh nonce. */
function pass(request: NextRequest) {
  const policy = pagePolicy(newNonce());
  const headers = believableHeaders(request.headers);
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  // Browsers ignore HSTS over plain http, and a LAN address over http must keep working: only over https.
  if (isHttps(request.headers)) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

// Sends anonymous visitors to sign-in and re-issues a signed-in visitor's token, so that the session's
// 8 hours count from its last request. It is never the defence: every page, action and data function
// checks the user itself, revocation included (the proxy does not ask the database).
const signedInOnly = withAuth(
  async function renew(request) {
    const response = pass(request);
    // withAuth calls this only with a token it decoded with the secret.
    const renewed = await renewSessionToken(request.nextauth.token!, secret!);
    if (renewed) response.cookies.set(sessionCookie.name, renewed.value, { ...sessionCookie.options, expires: renewed.expires });
    return response;
  },
  { pages: { signIn: "/sign-in" }, secret, cookies: { sessionToken: { name: sessionCookie.name } } },
);

// Sign-in and next-auth's routes are open to anyone (withAuth answers nothing for them) but still need
// the policy and the header checks: a server action can be posted to any page.
export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  return (await signedInOnly(request as NextRequestWithAuth, event)) ?? pass(request);
}

// The import uploads are left out: Next hands a route behind the proxy only the first 10 MB of a body
// sent without Content-Length, so the route could not tell a truncated file from a whole one. They and the
// health check are route handlers, which run no server action.
export const config = { matcher: ["/((?!api/health|import/upload|import/files|_next/static|_next/image|favicon.ico|icon.svg).*)"] };
