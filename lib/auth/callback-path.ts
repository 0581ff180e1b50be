const FALLBACK = "/incidents";
const ORIGIN = "http://rescue-ledger.invalid";

/**
 * Where to go after sign-in: a path on this site, or the incident list. Read as a browser reads it,
 * because "/\evil.example" or "/\t/evil.example" start with one slash yet lead to another site.
 */
export function callbackPath(value: string | string[] | undefined): string {
  if (typeof value !== "string" || !value.startsWith("/")) return FALLBACK;
  try {
    const url = new URL(value, ORIGIN);
    return url.origin === ORIGIN ? `${url.pathname}${url.search}${url.hash}` : FALLBACK;
  } catch {
    return FALLBACK;
  }
}
