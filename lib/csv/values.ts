import { messageKey } from "@/lib/i18n/message-key";

// Reading one cell of an uploaded file. Each reader returns the value, or a message for the row report;
// `note` names a quirk that was read (a thousands separator, a date without a time) so the dry run
// can say so instead of silently guessing.
export type Read<T> = { ok: true; value: T; note?: string } | { ok: false; message: string };

const ok = <T>(value: T, note?: string): Read<T> => ({ ok: true, value, note });
const fail = (message: string): Read<never> => ({ ok: false, message });

/** A whole number; blank is unknown (null). "1,022" is read as 1022 and noted. */
export function readCount(text: string): Read<number | null> {
  const t = text.trim();
  if (t === "") return ok(null);
  if (/^\d+$/.test(t)) return ok(Number(t));
  if (/^\d{1,3}(,\d{3})+$/.test(t)) return ok(Number(t.replaceAll(",", "")), messageKey("validation.import.noteThousands"));
  if (/^\d{1,3}(\.\d{3})+$/.test(t)) return fail(messageKey("validation.import.ambiguousCount", { text: t, plain: t.replaceAll(".", "") }));
  if (/^-\d/.test(t)) return fail(messageKey("validation.import.negativeCount"));
  return fail(messageKey("validation.import.notWholeNumber"));
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const LONG_DATE = /^([A-Za-z]+)\.? (\d{1,2}), (\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

function utcDay(year: number, month: number, day: number): Read<Date> {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return fail(messageKey("validation.import.noSuchDate"));
  return ok(date);
}

/** IOM's "August 31, 2021" (or an ISO date), as that day at 00:00 UTC. */
export function readDay(text: string): Read<Date | null> {
  const t = text.trim();
  if (t === "") return ok(null);
  const long = LONG_DATE.exec(t);
  if (long) {
    const month = MONTHS.findIndex((m) => m === long[1].toLowerCase() || (long[1].length >= 3 && m.startsWith(long[1].toLowerCase())));
    if (month < 0) return fail(messageKey("validation.import.notMonthName", { month: long[1] }));
    return utcDay(Number(long[3]), month + 1, Number(long[2]));
  }
  const iso = ISO_DAY.exec(t);
  if (iso) return utcDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(t)) return fail(messageKey("validation.import.dayMonthAmbiguous"));
  return fail(messageKey("validation.import.notDate"));
}

// IOM's site runs on Drupal and writes dates in Drupal's default medium format, "D, m/d/Y - H:i": month first
// ("Sat, 07/20/2019 - 12:00" on other Drupal sites shows it). A date-only value reads 12:00, the noon Drupal
// gives such dates in UTC so that they fall on the same day in every zone: the time is kept as written, in UTC.
const IOM_DATE_TIME = /^([A-Za-z]{3}), (\d{1,2})\/(\d{1,2})\/(\d{4}) - (\d{2}):(\d{2})$/;
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/** Today's IOM "Thu, 01/01/2026 - 12:00" (month first, UTC), its weekday checked; otherwise as readDay. */
export function readIomDateTime(text: string): Read<Date | null> {
  const m = IOM_DATE_TIME.exec(text.trim());
  if (!m) return readDay(text);
  const [, weekday, month, day, year, hours, minutes] = m;
  const date = utcDay(Number(year), Number(month), Number(day));
  if (!date.ok) return date;
  if (Number(hours) > 23 || Number(minutes) > 59) return fail(messageKey("validation.import.noSuchInstant"));
  if (WEEKDAYS[date.value.getUTCDay()] !== weekday.toLowerCase()) {
    return fail(messageKey("validation.import.weekdayDiffers", { weekday, date: `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}` }));
  }
  return ok(new Date(date.value.getTime() + (Number(hours) * 60 + Number(minutes)) * 60_000));
}

/** An instant: ISO 8601 with its UTC offset; a date alone means 00:00 UTC that day (noted). */
export function readInstant(text: string): Read<Date | null> {
  const t = text.trim();
  if (t === "") return ok(null);
  if (ISO_INSTANT.test(t)) {
    const date = new Date(t.replace(" ", "T").replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
    return Number.isNaN(date.getTime()) ? fail(messageKey("validation.import.noSuchInstant")) : ok(date);
  }
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(t)) return fail(messageKey("validation.import.noOffset"));
  const day = readDay(t);
  return day.ok ? ok(day.value, messageKey("validation.import.noteDateOnly")) : day;
}

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

export type Coordinates = { latitude: number; longitude: number; text: string; isSwapped: boolean };

/**
 * "lat, lon" in decimal degrees. A first number beyond ±90 that fits as a longitude while the second
 * fits as a latitude is an unambiguous swap: corrected and flagged. Other formats return null for the
 * incident schema's position parser to read.
 */
export function readDecimalPair(text: string): Read<Coordinates | null> {
  const parts = text.split(",").map((p) => p.trim());
  if (parts.length !== 2 || !parts.every((p) => DECIMAL.test(p))) return ok(null);
  const [a, b] = parts.map(Number);
  if (Math.abs(a) <= 90 && Math.abs(b) <= 180) return ok({ latitude: a, longitude: b, text: `${parts[0]}, ${parts[1]}`, isSwapped: false });
  if (Math.abs(a) <= 180 && Math.abs(b) <= 90) return ok({ latitude: b, longitude: a, text: `${parts[1]}, ${parts[0]}`, isSwapped: true });
  return fail(messageKey("validation.import.pairOutOfRange"));
}

/** Rough boxes of regions where a swap that stays in range can still be told apart. */
const REGION_BOXES: Record<string, { south: number; north: number; west: number; east: number }> = {
  Mediterranean: { south: 30, north: 46.5, west: -6.5, east: 37 },
};

/** True when the point lies outside the region's box but the swapped point lies inside: likely swapped. */
export function looksSwapped(region: string | null, latitude: number, longitude: number): boolean {
  const box = region ? REGION_BOXES[region] : undefined;
  if (!box) return false;
  const inside = (lat: number, lon: number) => lat >= box.south && lat <= box.north && lon >= box.west && lon <= box.east;
  return !inside(latitude, longitude) && inside(longitude, latitude);
}

/** "A; B" (or "A, B") as trimmed items. */
export function readList(text: string, separator: RegExp = /;/): string[] {
  return text.split(separator).map((s) => s.trim()).filter(Boolean);
}
