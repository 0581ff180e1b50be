const FALLBACK = "/incidents";
const ORIGIN = "http://rescue-ledger.invalid";

/**
 * Where to go after sign-in: a path on this site, or the incident list. Read as a browser reads it,
 * because "/\evil.example" or "/\t/evil.example" start with one slash yet lead to another site. The
 * path returned is the normalised one, which the browser reads again: "/.//evil.example" normalises to
 * "//evil.example", another site once re-read, so a result that starts with two slashes is refused too.
 */
export function callbackPath(value: string | string[] | undefined): string {
  if (typeof value !== "string" || !value.startsWith("/")) return FALLBACK;
  try {
    const url = new URL(value, ORIGIN);
    const path = `${url.pathname}${url.search}${url.hash}`;
    return url.origin === ORIGIN && !path.startsWith("//") ? path : FALLBACK;
  } catch {
    return FALLBACK;
  }
}
