// Where a request came from (host, scheme, client address) as a reverse proxy in front of the app reports
// it. Any client can send these headers too, so they count only when the operator says a proxy sets them.
const FORWARDED = ["forwarded", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-forwarded-for"];

/** TRUST_PROXY=1: every request comes through a proxy that sets the forwarded headers (README, Configuration). */
export const isProxyTrusted = () => process.env.TRUST_PROXY === "1";

/**
 * The request's headers for the app: forwarded ones only from a trusted proxy. Next then derives them
 * from the connection itself, so its server actions' same-origin check and next-auth see the real Host.
 */
export function believableHeaders(headers: Headers): Headers {
  const believable = new Headers(headers);
  if (!isProxyTrusted()) for (const name of FORWARDED) believable.delete(name);
  return believable;
}

/** Whether the browser reached the app over https: its public URL is https, or the trusted proxy says so. */
export function isHttps(headers: Headers): boolean {
  if (process.env.NEXTAUTH_URL?.startsWith("https://")) return true;
  return isProxyTrusted() && headers.get("x-forwarded-proto")?.split(",")[0].trim() === "https";
}
