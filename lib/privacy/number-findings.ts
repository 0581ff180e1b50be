import { parsePosition } from "@/lib/geo/parse-position";
import type { PersonalDataFinding } from "./personal-data";

// Phone numbers, e-mail addresses and passport- or ID-like numbers. Every pattern here is a plain
// scan (no nested quantifiers that could backtrack), so a 20,000-character narrative takes linear time.

/** What a span of text is masked with once it is known not to be personal data: neither a digit nor a separator. */
export const MASK = "_";

export function masked(text: string, spans: readonly { start: number; end: number }[]) {
  const chars = [...text.split("")];
  for (const { start, end } of spans) for (let i = start; i < end; i++) chars[i] = MASK;
  return chars.join("");
}

// Arabic-Indic and Eastern Arabic-Indic digits read as ASCII digits (one UTF-16 unit each: offsets stay).
export const asciiDigits = (text: string) =>
  text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - (d.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660)));

const REGISTRY_LABEL = String.raw`(?:MMSI|IMO|ENI|call\s?sign|indicativo(?:\s+di\s+chiamata)?|indicatif(?:\s+d'appel)?|rufzeichen|web\s?id|external\s?id)`;
const NUMBER_WORD = String.raw`(?:\s*(?:no\.?|nr\.?|n[°º.]|number|numero|numéro|nummer))?`;

/** Figures that hold digits without being anyone's number: dates, times, references, registry numbers, decimals. */
const NOT_PERSONAL = [
  // A case reference (MSF-2016-0042: lib/data/incidents/next-reference.ts).
  /(?<![\p{L}\p{N}])[A-Z0-9]{2,8}-\d{4}-\d{4,}(?!\p{N})/gu,
  // Dates with their times: 2016-10-25, 2016-10-25T07:40Z, 25/10/2016, 25.10.16, 25 10 2016; year ranges 2015-2016.
  /(?<!\p{N})\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[T ]\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\.\d+)?Z?)?(?!\p{N})/gu,
  /(?<!\p{N})\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})(?!\p{N})/gu,
  /(?<!\p{N})\d{1,2} \d{1,2} (?:19|20)\d{2}(?!\p{N})/gu,
  /(?<!\p{N})(?:19|20)\d{2}\s?[-–/]\s?(?:(?:19|20)\d{2}|\d{2})(?!\p{N})/gu,
  // Times: 07:40, 07h40, 07.40, 0740-0815, a date-time group 250740Z OCT 16.
  /(?<!\p{N})\d{1,2}[:h.]\d{2}(?::\d{2})?(?!\p{N})/gu,
  /(?<!\p{N})(?:[01]\d|2[0-3])[0-5]\d\s?[-–]\s?(?:[01]\d|2[0-3])[0-5]\d(?!\p{N})/gu,
  /(?<!\p{N})\d{6}\s?(?:Z|UTC|LT)(?:\s?[A-Z]{3}\s?\d{2,4})?(?![\p{L}\p{N}])/gu,
  // A vessel's registry number where it is labelled: IMO 9361172, MMSI: 247123456, call sign 9HA2954.
  new RegExp(String.raw`(?<![\p{L}\p{N}])${REGISTRY_LABEL}${NUMBER_WORD}[\s:#-]{0,3}[A-Z0-9]{3,15}(?![\p{L}\p{N}])`, "giu"),
  // A decimal number (a position in decimal degrees, a figure): 35.0867.
  /(?<![\d.])\d{1,3}\.\d+(?![\d.])/g,
];

function spansOf(text: string, pattern: RegExp) {
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
}

/** Dates, times, references and the like, masked so that their digits are not read as someone's number. */
export function maskNotPersonal(text: string) {
  return masked(text, NOT_PERSONAL.flatMap((pattern) => spansOf(text, pattern)));
}

const LOCAL = /[\p{L}\p{N}._%+-]/u;
const DOMAIN = /[\p{L}\p{N}.-]/u;

/** Addresses around each "@": the local part to its left, a domain with a dot and a two-letter ending to its right. */
export function findEmails(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && LOCAL.test(text[start - 1])) start--;
    let end = at + 1;
    while (end < text.length && DOMAIN.test(text[end])) end++;
    while (end > at + 1 && !/[\p{L}\p{N}]/u.test(text[end - 1])) end--;
    const domain = text.slice(at + 1, end);
    if (start < at && /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u.test(domain)) found.push({ kind: "email", start, end });
  }
  return found;
}

// A run of digit groups joined by one separator each: +39 333 123 4567, (091) 234-5678, 00218.91.1234567.
const DIGIT_RUN = /(?<![\p{L}\p{N}.+_])(?:\+|\(\+?)?\d+(?:(?:[ .\-/]|\) ?| ?\()\d+)*/gu;
const THOUSANDS = /^\d{1,3}(?:[ .,]\d{3})+$/;

function isPhone(run: string, next: string | undefined) {
  const digits = run.replace(/\D/g, "").length;
  if (digits < 8 || digits > 15) return false;
  // Glued to a letter it is a code (an ID-like number, see below), not something to dial.
  if (next !== undefined && /\p{L}/u.test(next)) return false;
  if (/^\d+\.\d+$/.test(run) || (THOUSANDS.test(run) && !/^[+0(]/.test(run))) return false;
  // Two coordinates stand apart ("35.0867 12.5683"); glued by dots alone, the digits are a number.
  return !(/[ /]/.test(run) && parsePosition(run).ok);
}

// A bracket belongs to the number only when it closes inside it: "(+39 333 …" starts at the "+".
function balanced({ start, end, text }: { start: number; end: number; text: string }) {
  if (text.startsWith("(") && !text.includes(")")) return { start: start + 1, end, text: text.slice(1) };
  return { start, end, text };
}

/** Numbers someone could dial: 8 to 15 digits (the most a phone number has), unless the run reads as a position or a grouped figure. */
export function findPhones(maskedText: string): PersonalDataFinding[] {
  return spansOf(maskedText, DIGIT_RUN)
    .map(balanced)
    .filter((run) => isPhone(run.text, maskedText[run.end]))
    .map(({ start, end }) => ({ kind: "phone", start, end }));
}

// A passport or ID card number: capital letters and digits together (YA1234567, CA00000AA, X1234567Z).
const CODE = /(?<![\p{L}\p{N}_])[A-Z0-9]{6,14}(?![\p{L}\p{N}_])/gu;
const ID_LABEL = String.raw`(?:passport|passaporto|passeport|reisepass|pass-?nummer|id|carta\s+d['’]identit[àa]|carte\s+d['’]identit[ée]|personalausweis|ausweis|documento|permesso\s+di\s+soggiorno|titre\s+de\s+s[ée]jour|aufenthaltstitel|جواز(?:\s+سفر)?|رقم\s+الهوية|بطاقة(?:\s+هوية)?|هوية)`;
// Any number after a word for a personal document: "passport no. 123456789", "ID: 0123456".
const LABELLED_ID = new RegExp(String.raw`(?<![\p{L}\p{N}])${ID_LABEL}${NUMBER_WORD}(?:\s*(?:رقم))?[\s:#.-]{0,3}([A-Z0-9]{5,15})(?![\p{L}\p{N}])`, "giu");

function isCode(code: string) {
  const digits = code.replace(/\D/g, "").length;
  return digits >= 4 && digits < code.length && !parsePosition(code).ok;
}

export function findIdNumbers(maskedText: string): PersonalDataFinding[] {
  const codes = spansOf(maskedText, CODE).filter((code) => isCode(code.text));
  const labelled = [...maskedText.matchAll(LABELLED_ID)].filter((match) => /\d{3}/.test(match[1])).map((match) => {
    const end = match.index + match[0].length;
    return { start: end - match[1].length, end };
  });
  return [...codes, ...labelled].map(({ start, end }) => ({ kind: "idNumber", start, end }));
}
