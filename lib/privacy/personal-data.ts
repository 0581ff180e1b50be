import { BUILT_IN_NAMES, compileKnownNames, findNames, type KnownNames } from "./name-findings";
import { asciiDigits, findEmails, findIdNumbers, findPhones, masked, maskNotPersonal } from "./number-findings";

// Warnings before personal data is saved in free text (issue 15): hand-written heuristics that run in
// the browser as the user types and again on the server before saving, with no outside service. They
// only warn: the user may save anyway. Each finding says what it looks like and where it is.

export const PERSONAL_DATA_KINDS = ["phone", "email", "idNumber", "fullName"] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/** What looks like personal data, as the offsets of `text.slice(start, end)`. */
export type PersonalDataFinding = { kind: PersonalDataKind; start: number; end: number };

export type { KnownNames };

/** The registry's vessel and organization names (and any other words that are not people), on top of the built-in stop list. */
export const knownNames = (names: Iterable<string>): KnownNames => compileKnownNames(names, BUILT_IN_NAMES);

const overlaps = (a: PersonalDataFinding, b: PersonalDataFinding) => a.start < b.end && b.start < a.end;

/**
 * Finds what looks like phone numbers, e-mail addresses, passport or ID numbers and people's full
 * names, in text order. Earlier kinds win where two overlap (an address's digits are not a phone).
 */
export function findPersonalData(text: string, known: KnownNames = BUILT_IN_NAMES): PersonalDataFinding[] {
  const digits = asciiDigits(text);
  const emails = findEmails(digits);
  const numbers = maskNotPersonal(masked(digits, emails));
  const ids = findIdNumbers(numbers);
  const phones = findPhones(masked(numbers, ids));
  const names = findNames(masked(text, [...emails, ...ids, ...phones]), known);
  const found: PersonalDataFinding[] = [];
  for (const finding of [...emails, ...ids, ...phones, ...names]) {
    if (!found.some((other) => overlaps(other, finding))) found.push(finding);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A finding as the user sees it: its kind and the text it points at. */
export type PersonalDataWarning = { kind: PersonalDataKind; text: string };

export function personalDataWarnings(text: string | null | undefined, known?: KnownNames): PersonalDataWarning[] {
  if (!text) return [];
  return findPersonalData(text, known).map(({ kind, start, end }) => ({ kind, text: text.slice(start, end) }));
}
