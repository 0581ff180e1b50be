import { z } from "zod";
import { countryCodeOf } from "@/lib/countries";
import { parsePosition } from "@/lib/geo/parse-position";
import { messageKey } from "@/lib/i18n/message-key";
import { storable } from "./storable-text";

// Field builders for the incident form. Every one accepts both what the form's inputs hold (strings,
// "" for blank) and its own output, so values parsed on the client parse again on the server.
// A label is a message key ("validation.incidentField.…") or, in schemas not yet translated, English text.
export const MAX_COUNT = 100_000;
const EARLIEST = new Date("1990-01-01T00:00:00Z");
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/** Trimmed text of at most max characters; blank becomes null. */
export function optionalText(label: string, max: number) {
  return z
    .string({ error: messageKey("validation.input.notText", { label }) })
    .overwrite(storable)
    .trim()
    .max(max, { error: (issue) => messageKey("validation.input.tooLong", { label, max, length: String(issue.input).length }) })
    .nullish()
    .transform((value) => value || null);
}

/** A link to open: http or https only (never javascript: or a file), at most max characters; blank becomes null. */
export function optionalUrl(label: string, max: number) {
  return optionalText(label, max).refine((value) => value === null || isWebUrl(value), messageKey("validation.input.notWebUrl", { label }));
}

function isWebUrl(text: string) {
  if (!URL.canParse(text)) return false;
  const { protocol, hostname } = new URL(text);
  return (protocol === "http:" || protocol === "https:") && hostname !== "";
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
  return z.union([z.number(), z.nan(), z.string(), z.null()], { error: messageKey("validation.input.notNumber", { label }) }).optional().transform(toNumber);
}

function wholeNumber(label: string, { min = 0, max = MAX_COUNT }: Range) {
  return z
    .number({ error: (issue) => messageKey(issue.input === null ? "validation.input.required" : "validation.input.notNumber", { label }) })
    // not .int(): its failure stops the rules between fields, which should still report
    .refine(Number.isInteger, messageKey("validation.input.notWhole", { label }))
    .min(min, min === 0 ? messageKey("validation.input.negative", { label }) : messageKey("validation.input.belowMin", { label, min }))
    .max(max, messageKey("validation.input.aboveMax", { label, max }));
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
    .union([z.string(), z.date(), z.null()], { error: messageKey("validation.input.notDate", { label }) })
    .optional()
    .transform((value, ctx) => {
      const fail = (message: string) => {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      };
      if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) {
        return isRequired ? fail(messageKey("validation.input.required", { label })) : null;
      }
      if (typeof value === "string" && !ISO_WITH_OFFSET.test(value.trim())) {
        return fail(messageKey("validation.input.noOffset", { label }));
      }
      const date = new Date(typeof value === "string" ? value.trim() : value);
      if (Number.isNaN(date.getTime())) return fail(messageKey("validation.input.invalidDate", { label }));
      if (date.getTime() > Date.now() + CLOCK_SKEW_MS) return fail(messageKey("validation.input.future", { label }));
      if (date < EARLIEST) return fail(messageKey("validation.input.tooEarly", { label }));
      return date;
    });
}

/** Position as typed, in any format parsePosition reads; yields its latitude and longitude. */
export function position(label: string) {
  const required = messageKey("validation.input.positionRequired", { label });
  return z
    .string({ error: required })
    .trim()
    .transform((text, ctx) => {
      const parsed = parsePosition(text);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: text === "" ? required : parsed.error });
        return z.NEVER;
      }
      return { text, latitude: parsed.latitude, longitude: parsed.longitude };
    });
}

/** One value of an enum, optional; "" (a select's blank option) becomes null. */
export function optionalChoice<T extends z.ZodEnum>(values: T, label: string) {
  return z
    .union([values, z.literal(""), z.null()], { error: messageKey("validation.input.chooseOne", { label }) })
    .optional()
    .transform((value) => value || null);
}

/** Any number of values of an enum, without repeats. */
export function choices<const T extends Record<string, string>>(values: T, label: string) {
  return z
    .array(z.enum(values, { error: messageKey("validation.input.chooseSome", { label }) }), { error: messageKey("validation.input.chooseSome", { label }) })
    .optional()
    .transform((list) => [...new Set(list ?? [])]);
}

/** An id chosen in a select; blank means none. */
export function optionalId(label: string) {
  const error = messageKey("validation.input.chooseOne", { label });
  return z
    .union([z.uuid({ error }), z.literal(""), z.null()], { error })
    .optional()
    .transform((value) => value || null);
}

/** Repeatable rows of a form section, at most max. */
export function rows<T extends z.ZodType>(row: T, label: string, max: number) {
  return z
    .array(row, { error: messageKey("validation.input.invalidRows", { label }) })
    .max(max, messageKey("validation.input.tooManyRows", { label, max }))
    .optional()
    .transform((list) => list ?? []);
}

/** A country of ISO 3166-1, typed as its name or its alpha-2 code; yields the code. */
export function country(label: string) {
  return z.string({ error: messageKey("validation.input.chooseCountry", { label }) }).trim().transform((text, ctx) => {
    if (text === "") {
      ctx.addIssue({ code: "custom", message: messageKey("validation.input.chooseCountry", { label }) });
      return z.NEVER;
    }
    const code = countryCodeOf(text);
    if (!code) {
      ctx.addIssue({ code: "custom", message: messageKey("validation.input.unknownCountry", { label, text }) });
      return z.NEVER;
    }
    return code;
  });
}

/**
 * The user's "Save anyway" after the personal-data warnings (lib/privacy/personal-data.ts): only true
 * says yes; anything else, malformed included, means the server warns first.
 */
export const personalDataAcknowledgement = () => z.boolean().optional().catch(undefined).transform((value) => value === true);
