import { encode, type JWT, type JWTEncodeParams } from "next-auth/jwt";

/** A session ends this long after its last request… */
export const SESSION_IDLE_SECONDS = 8 * 60 * 60;
/** …and this long after sign-in however active it is, so a stolen token cannot be kept alive. */
export const SESSION_LIMIT_SECONDS = 24 * 60 * 60;
// Re-issuing only when that moves the expiry this far leaves most responses without a Set-Cookie.
const RENEWAL_STEP_SECONDS = 10 * 60;

// next-auth's own default, spelled out so that proxy.ts writes the very cookie next-auth reads. Secure only
// when the public URL is https: browsers drop Secure cookies over plain http, which is how other devices
// reach the app on a ship's network. Decided once, not per request, as the cookie's name depends on it.
const isSecure = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
export const sessionCookie = {
  name: `${isSecure ? "__Secure-" : ""}next-auth.session-token`,
  options: { httpOnly: true, sameSite: "lax", path: "/", secure: isSecure },
} as const;

const nowInSeconds = () => Math.floor(Date.now() / 1000);

/** When a token of this session issued now expires. Tokens from before signedInAt existed keep their expiry. */
function sessionExpiry(token: JWT, now: number): number {
  if (token.signedInAt === undefined) return Number(token.exp);
  return Math.min(now + SESSION_IDLE_SECONDS, token.signedInAt + SESSION_LIMIT_SECONDS);
}

/** The latest moment any token of the session can be valid. */
export const sessionEnd = (signedInAt: number) => new Date((signedInAt + SESSION_LIMIT_SECONDS) * 1000);

/** next-auth's encode, with the expiry above: every session token, from sign-in, next-auth or the proxy, goes through it. */
export function encodeSessionToken(params: JWTEncodeParams): Promise<string> {
  const now = nowInSeconds();
  return encode({ ...params, maxAge: sessionExpiry(params.token ?? {}, now) - now });
}

/** A re-issued token when that would move the session's expiry by the renewal step, otherwise null. */
export async function renewSessionToken(token: JWT, secret: string): Promise<{ value: string; expires: Date } | null> {
  const expiry = sessionExpiry(token, nowInSeconds());
  if (expiry - Number(token.exp) < RENEWAL_STEP_SECONDS) return null;
  return { value: await encodeSessionToken({ token, secret }), expires: new Date(expiry * 1000) };
}
