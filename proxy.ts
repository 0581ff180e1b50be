import { withAuth } from "next-auth/middleware";

// Only sends anonymous visitors to sign-in; every page, action and data function checks the user itself.
export default withAuth({ pages: { signIn: "/sign-in" }, secret: process.env.AUTH_SECRET });

// The import upload is left out: Next hands a route behind the proxy only the first 10 MB of a body
// sent without Content-Length, so the route could not tell a truncated file from a whole one.
export const config = { matcher: ["/((?!api/auth|api/health|sign-in|import/upload|_next/static|_next/image|favicon.ico).*)"] };
