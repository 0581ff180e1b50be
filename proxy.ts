import { withAuth } from "next-auth/middleware";

// Only sends anonymous visitors to sign-in; every page, action and data function checks the user itself.
export default withAuth({ pages: { signIn: "/sign-in" }, secret: process.env.AUTH_SECRET });

export const config = { matcher: ["/((?!api/auth|api/health|sign-in|_next/static|_next/image|favicon.ico).*)"] };
