import fc from "fast-check";
import { BoatCondition, BoatType, CauseOfDeath } from "@/generated/prisma/enums";
import { parsePosition } from "@/lib/geo/parse-position";
import { countryCodeOf } from "@/lib/countries";
import { MAX_COUNT, MAX_EVACUATION_ROWS, MAX_INJURY_ROWS, MAX_NATIONALITY_ROWS, MAX_PARTNER_ROWS } from "@/lib/schemas/incident";
import { IOM_REGIONS, IOM_ROUTES } from "@/lib/schemas/incident-vocabulary";
import { incidentFormValues } from "./factories";

// Generators of hostile input for the incident form and its parsers (fast-check).

/** Text that trips up HTML, spreadsheets, SQL, templates and Unicode handling. */
export const NASTY_TEXT = [
  "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "=HYPERLINK(\"http://evil\",\"x\")",
  "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "'; DROP TABLE \"Incident\"; --", "\\.", "\\N",
  "\u202Eevil\u202C", "\u200B\u200C\u200D", "e\u0301\u0301\u0301", "👩‍👩‍👧‍👦🚢", "\uFEFFbom", "ﷺ", "𝕏𝕐", "İı", "ß",
  "nul\u0000byte", "cut \uD83D emoji", "\uDFFFlow half", "../../etc/passwd", "{{7*7}}", "${7*7}", "%s%n%x", "null", "undefined", "NaN", "Infinity", "__proto__", "constructor",
];

export const nastyText = fc.oneof(
  fc.constantFrom(...NASTY_TEXT),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  fc.tuple(fc.constantFrom(...NASTY_TEXT), fc.string({ unit: "grapheme" })).map(([a, b]) => a + b),
);

/** Non-empty text longer than max characters (Unicode code points, as the schemas count) once trimmed. */
export const textLongerThan = (max: number) =>
  fc.tuple(fc.constantFrom("x", "é", "<b>", "=1", "👩‍👩‍👧"), fc.integer({ min: 1, max: 30_000 })).map(([unit, extra]) => `a${unit.repeat(Math.ceil((max + extra) / [...unit].length))}`);

export const oddNumber = fc.constantFrom(NaN, Infinity, -Infinity, -0, -1, 0.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE);
const oddDate = fc.constantFrom(new Date(NaN), new Date(8.64e15), new Date(-8.64e15), new Date("0001-01-01T00:00:00Z"), new Date("9999-12-31T23:59:59Z"));
export const notText = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }), fc.array(fc.string(), { maxLength: 3 }), oddDate);

/** Anything at all, biased towards what breaks parsers. */
export const hostileValue = fc.oneof(nastyText, oddNumber, oddDate, notText, fc.anything(), fc.constant(null), fc.constant(undefined));

// Invalid for a given kind of field, whatever else the input holds.
const invalidCount = (min = 0, max = MAX_COUNT) => fc.oneof(
  fc.integer({ min: -1_000_000_000, max: min - 1 }), fc.integer({ min: max + 1 }), fc.constantFrom(Infinity, -Infinity, 1e308, -0.5, 0.5),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Number.isInteger(x) || x < min || x > max),
  fc.constantFrom("1.5", "abc", "1e400", "NaN", "-1", "٣", "1,000", "0x", "½", "<script>", "=1+1", `${max + 1}`),
  fc.boolean(), fc.array(fc.integer(), { minLength: 1, maxLength: 2 }), fc.constant({ valueOf: 5 }),
);
const invalidInstant = fc.oneof(
  fc.constantFrom("2016-10-25T08:30", "2016-10-25", "25/10/2016 08:30", "2016-13-45T08:30Z", "2999-01-01T00:00Z", "1989-12-31T23:59:59Z", "0001-01-01T00:00Z", "+275760-09-13T00:00:00.000Z", "now", "<script>"),
  fc.date({ min: new Date("3000-01-01T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ max: new Date("1989-12-31T00:00:00Z"), noInvalidDate: true }),
  fc.constant(new Date(NaN)), fc.integer(), fc.boolean(), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
);
const invalidRequiredInstant = fc.oneof(invalidInstant, fc.constantFrom("", "   ", null, undefined));
const invalidChoice = (values: readonly string[]) =>
  fc.oneof(nastyText.filter((s) => s !== "" && !values.includes(s)), fc.integer(), fc.boolean(), fc.array(fc.constantFrom(...values), { minLength: 1, maxLength: 2 }));
const invalidChoices = (values: readonly string[]) =>
  fc.oneof(fc.constantFrom(...values), nastyText, fc.integer(), fc.tuple(fc.constantFrom(...values), invalidChoice(values)).map(([ok, bad]) => [ok, bad]));
const invalidText = (max: number) => fc.oneof(textLongerThan(max), notText);
const invalidRows = (row: () => Record<string, unknown>, badRow: fc.Arbitrary<Record<string, unknown>>, max: number) =>
  fc.oneof(
    nastyText, fc.integer(), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
    fc.constant(Array.from({ length: max + 1 }, row)),
    badRow.map((bad) => [row(), bad]), fc.array(hostileValue.filter((v) => v === null || typeof v !== "object"), { minLength: 1, maxLength: 3 }),
  );

/** A position no format reads: garbled digits, symbols and letters, out-of-range values. */
export const malformedPosition = fc.oneof(
  fc.constantFrom("", "   ", "91 N 0 E", "0 181", "33°75'N 12°30'E", "33.5 N 12.5 N", "-33 S 12 E", "33 12 45", "1e400 1e400", "NaN NaN", "Infinity, 0", "33°07.4'N", "lat lon"),
  fc.array(fc.constantFrom("3", "33", "912", "-", "+", ".", "°", "'", "\"", "N", "S", "E", "W", ",", ";", "/", " ", "x", "é", "<", "=", "\u2212", "\u00B0"), { maxLength: 24 }).map((parts) => parts.join("")),
  nastyText,
).filter((text) => !parsePosition(text.trim()).ok);

const UUID = "0b6f3e1a-2c4d-4e5f-8a9b-0c1d2e3f4a5b";
const injury = () => ({ type: "FUEL_BURN", severity: "MINOR", count: "1" });
const evacuation = () => ({ count: "1", means: "BOAT", destination: "", evacuatedAt: "" });
const partner = () => ({ organizationId: UUID, role: "TRANSFER" });
const nationality = () => ({ country: "ER", count: "1" });
const notACountry = fc.oneof(nastyText.filter((s) => typeof s !== "string" || countryCodeOf(s) === null), fc.integer(), fc.constant(null));

/** For each field of the form, values it must refuse (schema-level). */
export const INVALID_FIELD: Record<string, fc.Arbitrary<unknown>> = {
  occurredAt: invalidRequiredInstant,
  position: fc.oneof(malformedPosition, notText, fc.constant(null)),
  region: invalidChoice(IOM_REGIONS), route: invalidChoice(IOM_ROUTES), boatType: invalidChoice(Object.values(BoatType)),
  vesselId: fc.oneof(nastyText.filter((s) => s !== ""), fc.integer(), fc.constant(UUID.toUpperCase().replace("4E5F", "ZE5F"))),
  boatConditions: invalidChoices(Object.values(BoatCondition)), causesOfDeath: invalidChoices(Object.values(CauseOfDeath)),
  personsOnBoard: invalidCount(), rescued: invalidCount(), dead: invalidCount(), missing: invalidCount(), children: invalidCount(),
  unaccompaniedMinors: invalidCount(), women: invalidCount(), pregnantWomen: invalidCount(), infants: invalidCount(),
  men: invalidCount(), girls: invalidCount(), boys: invalidCount(), sexAgeUnknown: invalidCount(),
  departurePlace: invalidText(200), departedAt: invalidInstant,
  nationalities: invalidRows(nationality, fc.record({ country: notACountry, count: invalidCount(1) }), MAX_NATIONALITY_ROWS),
  sourceQuality: invalidCount(1, 5),
  injuries: invalidRows(injury, fc.record({ type: hostileValue, severity: fc.constant("MINOR"), count: invalidCount(1) }), MAX_INJURY_ROWS),
  evacuations: invalidRows(evacuation, fc.record({ count: invalidCount(1), means: fc.constant("BOAT"), evacuatedAt: fc.oneof(invalidInstant, fc.constant("")) }), MAX_EVACUATION_ROWS),
  partners: invalidRows(partner, fc.record({ organizationId: nastyText, role: fc.constant("TRANSFER") }), MAX_PARTNER_ROWS),
  coordinatingAuthority: invalidText(200), disembarkationPort: invalidText(200), seaState: invalidText(200),
  narrative: invalidText(20_000), source: invalidText(2_000),
};

/** Keys the form does not have, some of them naming columns a caller must not set. */
export const extraFields = fc.dictionary(
  fc.oneof(fc.string(), fc.constantFrom("id", "organizationId", "status", "reference", "createdById", "deletedAt", "latitude", "__proto__", "constructor")),
  hostileValue,
  { maxKeys: 4 },
);

/**
 * A valid form (from `valid`) with 1–3 fields made invalid from `invalid` (`broken`: which) and hostile
 * extra keys; the schema must refuse it and name every broken field.
 */
export function brokenForm(valid: () => Record<string, unknown>, invalid: Record<string, fc.Arbitrary<unknown>>, fields = Object.keys(invalid)) {
  return fc
    .uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: 3 })
    .chain((broken) => fc.tuple(fc.constant(broken), fc.tuple(...broken.map((field) => invalid[field])), extraFields))
    .map(([broken, values, extra]) => {
      const form: Record<string, unknown> = { ...extra, ...valid() };
      broken.forEach((field, i) => (form[field] = values[i]));
      return { broken, form };
    });
}

/** The reference rescue's form, broken as brokenForm does. */
export const brokenIncidentForm = (fields = Object.keys(INVALID_FIELD)) => brokenForm(() => ({ ...incidentFormValues() }), INVALID_FIELD, fields);

/** Text typed after one of `words` (so that it is long enough), hostile or not, often with a NUL or a cut surrogate PostgreSQL cannot store as is. */
export const typedText = (words: string[], max: number) =>
  fc.tuple(fc.constantFrom(...words), nastyText, fc.constantFrom("", "\u0000", " \u0000x", "\uD83D")).map(([word, text, tail]) => `${word} ${text}${tail}`.slice(0, max));

/** A name, and a LIKE pattern that matches it (one letter made "_", or "%" inserted): two different names. */
export const likeLookalike = fc.tuple(fc.stringMatching(/^[a-z]{3,12}$/), fc.nat(), fc.constantFrom("_", "%")).map(([name, at, wildcard]) => {
  const i = at % name.length;
  return { name: `Sea ${name}`, lookalike: `Sea ${name.slice(0, i)}${wildcard}${name.slice(wildcard === "_" ? i + 1 : i)}` };
});

/** What the schemas make of typed text: no NUL (PostgreSQL refuses it), no lone surrogate halves, trimmed, blank as null. */
export const asStored = (text: string) => text.replace(/\u0000/g, "").toWellFormed().trim() || null;

/** Whether some field error (keys like "injuries.0.count") is about field. */
export const hasErrorOn = (fieldErrors: Record<string, string[]> | undefined, field: string) =>
  Object.keys(fieldErrors ?? {}).some((key) => key === field || key.startsWith(`${field}.`));
