import { z } from "zod";
import { countryCodeOf } from "@/lib/countries";
import { parsePosition } from "@/lib/geo/parse-position";
import { storable } from "./storable-text";

// Field builders for the incident form. Every one accepts both what the form's inputs hold (strings,
// "" for blank) and its own output, so values parsed on the client parse again on the server.
export const MAX_COUNT = 100_000;
const EARLIEST = new Date("1990-01-01T00:00:00Z");
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

const formatted = (n: number) => n.toLocaleString("en");

/** Trimmed text of at most max characters; blank becomes null. */
export function optionalText(label: string, max: number) {
  return z
    .string({ error: `${label} must be text.` })
    .overwrite(storable)
    .trim()
    .max(max, { error: (issue) => `${label} must be at most ${formatted(max)} characters (now ${formatted(String(issue.input).length)}).` })
    .nullish()
    .transform((value) => value || null);
}

function toNumber(value: number | string | null | undefined) {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  if (typeof value === "number") return value;
  return value.trim() === "" ? null : Number(value.trim());
}

/** A whole number from a number input; blank means unknown (null). */
export function count(label: string, range: Range = {}) {
  return numberInput(label).pipe(wholeNumber(label, range).nullable());
}

/** A whole number that must be given (a row's count). */
export function requiredCount(label: string, range: Range = {}) {
  return numberInput(label).pipe(wholeNumber(label, range));
}

type Range = { min?: number; max?: number };

function numberInput(label: string) {
  // z.nan(): an empty <input type="number"> read with valueAsNumber
  return z.union([z.number(), z.nan(), z.string(), z.null()], { error: `${label} must be a number.` }).optional().transform(toNumber);
}

function wholeNumber(label: string, { min = 0, max = MAX_COUNT }: Range) {
  return z
    .number({ error: (issue) => (issue.input === null ? `${label} is required.` : `${label} must be a number.`) })
    // not .int(): its failure stops the rules between fields, which should still report
    .refine(Number.isInteger, `${label} must be a whole number.`)
    .min(min, min === 0 ? `${label} cannot be negative.` : `${label} must be at least ${formatted(min)}.`)
    .max(max, `${label} must be at most ${formatted(max)}.`);
}

/** An instant from an ISO string with its UTC offset (or a Date), between 1990 and now. */
export function instant(label: string) {
  return optionalInstant(label, false);
}

/** Like instant, but blank is refused. */
export function requiredInstant(label: string) {
  return optionalInstant(label, true).pipe(z.date());
}

function optionalInstant(label: string, isRequired: boolean) {
  return z
    .union([z.string(), z.date(), z.null()], { error: `${label} must be a date and time.` })
    .optional()
    .transform((value, ctx) => {
      const fail = (message: string) => {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      };
      if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) {
        return isRequired ? fail(`${label} is required.`) : null;
      }
      if (typeof value === "string" && !ISO_WITH_OFFSET.test(value.trim())) {
        return fail(`${label} must be a date and time with its UTC offset, e.g. 2016-10-25T08:30+02:00.`);
      }
      const date = new Date(typeof value === "string" ? value.trim() : value);
      if (Number.isNaN(date.getTime())) return fail(`${label} is not a valid date.`);
      if (date.getTime() > Date.now() + CLOCK_SKEW_MS) return fail(`${label} cannot be in the future.`);
      if (date < EARLIEST) return fail(`${label} cannot be before 1 January 1990.`);
      return date;
    });
}

const emptyPosition = parsePosition("");
const EMPTY_POSITION_ERROR = emptyPosition.ok ? "Enter a latitude and a longitude" : emptyPosition.error;

/** Position as typed, in any format parsePosition reads; yields its latitude and longitude. */
export function position(label: string) {
  const required = (error: string) => `${label} is required: ${error.charAt(0).toLowerCase()}${error.slice(1)}.`;
  return z
    .string({ error: () => required(EMPTY_POSITION_ERROR) })
    .trim()
    .transform((text, ctx) => {
      const parsed = parsePosition(text);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: text === "" ? required(parsed.error) : `${parsed.error}.` });
        return z.NEVER;
      }
      return { text, latitude: parsed.latitude, longitude: parsed.longitude };
    });
}

/** One value of an enum, optional; "" (a select's blank option) becomes null. */
export function optionalChoice<T extends z.ZodEnum>(values: T, label: string) {
  return z
    .union([values, z.literal(""), z.null()], { error: `${label}: choose one of the options.` })
    .optional()
    .transform((value) => value || null);
}

/** Any number of values of an enum, without repeats. */
export function choices<const T extends Record<string, string>>(values: T, label: string) {
  return z
    .array(z.enum(values, { error: `${label}: choose from the options.` }), { error: `${label}: choose from the options.` })
    .optional()
    .transform((list) => [...new Set(list ?? [])]);
}

/** An id chosen in a select; blank means none. */
export function optionalId(label: string) {
  const error = `${label}: choose one of the options.`;
  return z
    .union([z.uuid({ error }), z.literal(""), z.null()], { error })
    .optional()
    .transform((value) => value || null);
}

/** Repeatable rows of a form section, at most max. */
export function rows<T extends z.ZodType>(row: T, label: string, max: number) {
  return z
    .array(row, { error: `${label}: invalid rows.` })
    .max(max, `${label}: at most ${max} rows.`)
    .optional()
    .transform((list) => list ?? []);
}

/** A country of ISO 3166-1, typed as its name or its alpha-2 code; yields the code. */
export function country(label: string) {
  return z.string({ error: `${label}: choose a country.` }).trim().transform((text, ctx) => {
    if (text === "") {
      ctx.addIssue({ code: "custom", message: `${label}: choose a country.` });
      return z.NEVER;
    }
    const code = countryCodeOf(text);
    if (!code) {
      ctx.addIssue({ code: "custom", message: `${label}: "${text}" is not a country of ISO 3166-1; choose one from the list.` });
      return z.NEVER;
    }
    return code;
  });
}
