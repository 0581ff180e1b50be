/** What an erased text becomes wherever it was found. */
export const ERASED = "[erased]";

/** The text as a query string holds it (an EXPORT event's filters): spaces as +, other characters %-encoded. */
export const formEncoded = (text: string) => new URLSearchParams({ q: text }).toString().slice(2);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const anyCase = (text: string) => new RegExp(escapeRegExp(text), "giu");

/** Whether erasing the text would leave it in place: a part of the marker itself, as typed or encoded. */
export function isPartOfMarker(text: string) {
  const lower = text.toLowerCase();
  return [ERASED, formEncoded(ERASED)].some((marker) => marker.toLowerCase().includes(lower));
}

/** The forms a stored value may hold the text in, each with what replaces it: as typed, and as a query string encodes it. */
function formsOf(text: string): [RegExp, string][] {
  const forms: [RegExp, string][] = [[anyCase(text), ERASED]];
  const encoded = formEncoded(text);
  if (encoded !== text) forms.push([anyCase(encoded), formEncoded(ERASED)]);
  return forms;
}

/** The value with every occurrence of the text (any case, as typed or encoded) replaced, and how many there were. */
export function eraseInString(value: string, text: string) {
  let count = 0;
  let erased = value;
  for (const [pattern, marker] of formsOf(text)) {
    erased = erased.replace(pattern, () => {
      count += 1;
      return marker;
    });
  }
  return { value: erased, count };
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A JSON document with the text erased from every string value (never from keys: they are field names). */
export function eraseInJson(value: Json, text: string): { value: Json; count: number } {
  if (typeof value === "string") return eraseInString(value, text);
  if (value === null || typeof value !== "object") return { value, count: 0 };
  let count = 0;
  const walk = (item: Json) => {
    const erased = eraseInJson(item, text);
    count += erased.count;
    return erased.value;
  };
  const result = Array.isArray(value) ? value.map(walk) : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item)]));
  return { value: result, count };
}

const EXCERPT_RADIUS = 40;

/** Up to 40 characters either side of the text's first occurrence (as typed or encoded), with … where cut. */
export function excerptAround(value: string, text: string) {
  const match = formsOf(text).map(([pattern]) => new RegExp(pattern.source, "iu").exec(value)).find((m) => m !== null);
  if (!match) return value.slice(0, 2 * EXCERPT_RADIUS);
  const start = Math.max(0, match.index - EXCERPT_RADIUS);
  const end = Math.min(value.length, match.index + match[0].length + EXCERPT_RADIUS);
  return `${start > 0 ? "…" : ""}${value.slice(start, end)}${end < value.length ? "…" : ""}`;
}
