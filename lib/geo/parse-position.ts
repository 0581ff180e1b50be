import { messageKey } from "@/lib/i18n/message-key";
import { formatPosition } from "./format-position";

export { formatPosition };

export type ParsedPosition =
  | { ok: true; latitude: number; longitude: number; normalized: string }
  | { ok: false; error: string };

type Hemisphere = "N" | "S" | "E" | "W";
type Unit = "deg" | "min" | "sec";
type NumberItem = { kind: "num"; text: string; value: number; sign: "" | "+" | "-"; unit?: Unit };
type Item = NumberItem | { kind: "hemi"; hemi: Hemisphere } | { kind: "sep" };
type Coordinate = { value: number; axis: "lat" | "lon" | null };

// Message keys (lib/i18n/message-key.ts): the reader's language says how to fix the position.
const ERRORS = {
  empty: messageKey("validation.position.empty"),
  split: messageKey("validation.position.split"),
  hemispheres: messageKey("validation.position.hemispheres"),
  signAndLetter: messageKey("validation.position.signAndLetter"),
  order: messageKey("validation.position.order"),
  wholeDegrees: messageKey("validation.position.wholeDegrees"),
  wholeMinutes: messageKey("validation.position.wholeMinutes"),
  minutes: messageKey("validation.position.minutes"),
  seconds: messageKey("validation.position.seconds"),
  latitude: messageKey("validation.position.latitude"),
  longitude: messageKey("validation.position.longitude"),
  unexpected: (text: string) => messageKey("validation.position.unexpected", { text }),
};

class PositionError extends Error {}

/** Reads a position as people type it: decimal degrees, degrees and decimal minutes, or degrees,
 * minutes and seconds; hemisphere letters before or after, or signs; latitude first unless the
 * letters say otherwise. `normalized` is formatPosition's display form. */
export function parsePosition(text: string): ParsedPosition {
  try {
    const [first, second] = splitCoordinates(tokenize(normalize(text))).map(readCoordinate);
    const [latitude, longitude] = assignAxes(first, second);
    if (Math.abs(latitude) > 90) throw new PositionError(ERRORS.latitude);
    if (Math.abs(longitude) > 180) throw new PositionError(ERRORS.longitude);
    return { ok: true, latitude, longitude, normalized: formatPosition(latitude, longitude) };
  } catch (error) {
    if (error instanceof PositionError) return { ok: false, error: error.message };
    throw error;
  }
}

function normalize(text: string) {
  let s = text
    .replace(/[\u00B0\u00BA\u02DA]/g, "°")
    .replace(/[\u2032\u2019\u2018\u00B4`]/g, "'")
    .replace(/[\u2033\u201C\u201D]|''/g, '"')
    .replace(/\u2212/g, "-")
    .replace(/\b(latitude|longitude|lat|long|lon|lng)\b\.?|:/gi, " ");
  // Nautical shorthand 33-07.4N: a hyphen between whole degrees and minutes is a degree sign.
  s = s.replace(/(^|[^\d.])(\d{1,3})-(?=\d)/g, "$1$2°");
  // With no decimal point anywhere and a space to separate the two numbers, commas are decimal commas.
  if (!s.includes(".") && /\s/.test(s.trim()) && /\d,\d/.test(s)) s = s.replace(/(\d),(\d)/g, "$1.$2");
  return s;
}

function tokenize(s: string): Item[] {
  const items: Item[] = [];
  const pattern = /\s+|([+-]?(?:\d+(?:\.\d*)?|\.\d+))|([°'"])|([,;/])|(north|south|east|west|[nsew])(?![a-z])|([a-z]+|.)/giy;
  for (const match of s.matchAll(pattern)) {
    const [, number, unit, sep, hemi, other] = match;
    const last = items.at(-1);
    if (number !== undefined) {
      const sign = number[0] === "-" || number[0] === "+" ? (number[0] as "-" | "+") : "";
      items.push({ kind: "num", text: number.replace(/^[+-]/, ""), value: Math.abs(Number(number)), sign });
    } else if (unit !== undefined) {
      if (last?.kind !== "num" || last.unit) throw new PositionError(ERRORS.order);
      last.unit = unit === "°" ? "deg" : unit === "'" ? "min" : "sec";
    } else if (sep !== undefined) items.push({ kind: "sep" });
    else if (hemi !== undefined) items.push({ kind: "hemi", hemi: hemi[0].toUpperCase() as Hemisphere });
    else if (other !== undefined) throw new PositionError(ERRORS.unexpected(other));
  }
  return items;
}

function splitCoordinates(items: Item[]): [Item[], Item[]] {
  const numbers = items.filter((item) => item.kind === "num").length;
  if (numbers < 2) throw new PositionError(ERRORS.empty);
  const seps = items.flatMap((item, index) => (item.kind === "sep" ? [index] : []));
  if (seps.length > 1) throw new PositionError(ERRORS.split);
  if (seps.length === 1) return [items.slice(0, seps[0]), items.slice(seps[0] + 1)];

  const hemis = items.flatMap((item, index) => (item.kind === "hemi" ? [index] : []));
  if (hemis.length > 2) throw new PositionError(ERRORS.hemispheres);
  // Letters decide where the first coordinate ends: before the second letter when they lead,
  // right after the first letter when they trail.
  const cut = hemis[0] === 0 ? hemis[1] : hemis[0] !== undefined ? hemis[0] + 1 : undefined;
  if (cut !== undefined && cut < items.length) return [items.slice(0, cut), items.slice(cut)];

  const candidates: [Item[], Item[]][] = [];
  for (let i = 1; i < items.length; i++) {
    const pair: [Item[], Item[]] = [items.slice(0, i), items.slice(i)];
    if (pair.every(isWellFormed)) candidates.push(pair);
  }
  const balanced = candidates.filter(([a, b]) => countNumbers(a) === countNumbers(b));
  const chosen = candidates.length === 1 ? candidates : balanced;
  if (chosen.length === 0 && isOneCoordinate(items)) throw new PositionError(ERRORS.empty);
  if (chosen.length !== 1) throw new PositionError(ERRORS.split);
  return chosen[0];
}

function countNumbers(group: Item[]) {
  return group.filter((item) => item.kind === "num").length;
}

const succeeds = (read: () => unknown) => {
  try {
    read();
    return true;
  } catch {
    return false;
  }
};
const isWellFormed = (group: Item[]) => succeeds(() => readParts(group));
const isOneCoordinate = (items: Item[]) => succeeds(() => readCoordinate(items));

// Only the shape (letters at the ends, units in order, one sign): values are judged later, so that
// "33 75 12 30" is split evenly and then told its minutes are wrong.
function readParts(group: Item[]) {
  const inner = group.filter((item, index) => !(item.kind === "hemi" && (index === 0 || index === group.length - 1)));
  const hemis = group.filter((item) => item.kind === "hemi");
  if (inner.length === 0) throw new PositionError(ERRORS.empty);
  if (hemis.length > 1 || inner.some((item) => item.kind !== "num")) throw new PositionError(ERRORS.hemispheres);
  const parts = inner as NumberItem[];
  if (parts.length > 3) throw new PositionError(ERRORS.order);
  const units: Unit[] = ["deg", "min", "sec"];
  if (parts.some((part, index) => part.unit !== undefined && part.unit !== units[index])) throw new PositionError(ERRORS.order);
  if (parts.slice(1).some((part) => part.sign !== "")) throw new PositionError(ERRORS.order);
  return { parts, hemi: hemis[0]?.kind === "hemi" ? hemis[0].hemi : undefined };
}

function readCoordinate(group: Item[]): Coordinate {
  const { parts, hemi } = readParts(group);
  const [degrees, minutes, seconds] = parts;
  if (minutes && degrees.text.includes(".")) throw new PositionError(ERRORS.wholeDegrees);
  if (seconds && minutes.text.includes(".")) throw new PositionError(ERRORS.wholeMinutes);
  if (minutes && minutes.value >= 60) throw new PositionError(ERRORS.minutes);
  if (seconds && seconds.value >= 60) throw new PositionError(ERRORS.seconds);

  if (hemi && degrees.sign === "-") throw new PositionError(ERRORS.signAndLetter);
  const magnitude = degrees.value + (minutes?.value ?? 0) / 60 + (seconds?.value ?? 0) / 3600;
  const negative = degrees.sign === "-" || hemi === "S" || hemi === "W";
  const axis = hemi === "N" || hemi === "S" ? "lat" : hemi ? "lon" : null;
  return { value: negative ? -magnitude : magnitude, axis };
}

function assignAxes(first: Coordinate, second: Coordinate): [number, number] {
  if (first.axis && first.axis === second.axis) throw new PositionError(ERRORS.hemispheres);
  const firstIsLatitude = first.axis ? first.axis === "lat" : second.axis !== "lat";
  return firstIsLatitude ? [first.value, second.value] : [second.value, first.value];
}
