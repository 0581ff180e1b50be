// IANA zones as this runtime knows them; "UTC" is an alias Intl leaves out of its canonical list.
export const TIME_ZONES: readonly string[] = ["UTC", ...Intl.supportedValuesOf("timeZone")];
const KNOWN = new Set(TIME_ZONES);

/** A zone this runtime can format in: a listed one, or an alias of one (e.g. a renamed zone). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value.length > 64) return false;
  if (KNOWN.has(value)) return true;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** A stored zone when this runtime knows it, else null (the reader's browser zone). */
export function timeZoneOrNull(value: unknown): string | null {
  return isTimeZone(value) ? value : null;
}
