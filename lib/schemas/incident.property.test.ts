import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/result";
import { asStored, brokenIncidentForm, hasErrorOn, hostileValue, nastyText, textLongerThan } from "@/lib/test/hostile-input";
import { incidentFormValues } from "@/lib/test/factories";
import { createIncidentSchema, incidentInputSchema, MAX_COUNT, updateIncidentSchema } from "./incident";

const RUNS = 2_000;
const FIELDS = Object.keys(incidentFormValues());
const COUNTS = ["personsOnBoard", "rescued", "dead", "missing", "children", "unaccompaniedMinors", "women", "pregnantWomen", "infants", "men", "girls", "boys", "sexAgeUnknown"];
const TEXTS = {
  coordinatingAuthority: 200, disembarkationPort: 200, seaState: 200, departurePlace: 200, narrative: 20_000, source: 2_000, reason: 500,
  locationOfDeath: 500, regionOfOrigin: 200, unsdGrouping: 100, eventGroup: 100,
};
const OUTPUT_KEYS = new Set([...FIELDS, "latitude", "longitude", "version", "isPersonalDataAcknowledged"]);
const SCHEMAS = { input: incidentInputSchema, create: createIncidentSchema, update: updateIncidentSchema };


/** What the schema lets through is what the database and the pages can hold. */
function expectWithinBounds(data: Record<string, unknown>) {
  expect(Object.keys(data).every((key) => OUTPUT_KEYS.has(key))).toBe(true);
  for (const field of COUNTS) {
    const value = data[field];
    expect(value === null || (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_COUNT)).toBe(true);
  }
  const occurredAt = data.occurredAt as Date;
  expect(occurredAt.getTime()).toBeGreaterThanOrEqual(Date.UTC(1990, 0, 1));
  expect(occurredAt.getTime()).toBeLessThanOrEqual(Date.now() + 5 * 60_000);
  expect(Math.abs(data.latitude as number)).toBeLessThanOrEqual(90);
  expect(Math.abs(data.longitude as number)).toBeLessThanOrEqual(180);
  const url = data.sourceUrl;
  if (url !== undefined) expect(url === null || (typeof url === "string" && /^https?:\/\/[^\s]/i.test(url) && url.length <= 2_000)).toBe(true);
  for (const [field, max] of Object.entries(TEXTS)) {
    const text = data[field];
    if (text !== undefined) expect(text === null || (typeof text === "string" && text === text.trim() && text.length > 0 && [...text].length <= max)).toBe(true);
  }
}

// The reference form with some fields replaced by anything at all (valid or not) and extra keys.
const scrambledForm = fc
  .tuple(fc.uniqueArray(fc.constantFrom(...FIELDS), { maxLength: 6 }), fc.array(hostileValue, { minLength: 6, maxLength: 6 }), fc.dictionary(fc.string(), hostileValue, { maxKeys: 3 }))
  .map(([fields, values, extra]) => ({ ...extra, ...incidentFormValues(), ...Object.fromEntries(fields.map((field, i) => [field, values[i]])) }));

// Valid forms whose text fields carry markup, formulas and odd Unicode, within their lengths.
const nastyButValidForm = fc
  .record(Object.fromEntries(Object.entries(TEXTS).map(([field, max]) => [field, nastyText.map((text) => text.slice(0, max))])))
  .map((texts) => ({ ...incidentFormValues(), ...texts }));

describe("the incident schemas against hostile input (property)", () => {
  it("refuse every form with a broken field, with an error on each broken field, whatever else it holds", () => {
    fc.assert(fc.property(brokenIncidentForm(), ({ broken, form }) => {
      for (const [name, schema] of Object.entries(SCHEMAS)) {
        const result = schema.safeParse(name === "update" ? { ...form, version: "1" } : form);
        expect(result.success).toBe(false);
        if (result.success) return;
        const fieldErrors = fieldErrorsOf(result.error);
        for (const field of broken) expect(hasErrorOn(fieldErrors, field), `${name}: no error on ${field} (errors on ${Object.keys(fieldErrors).join(", ")})`).toBe(true);
      }
    }), { numRuns: RUNS });
  });

  it("never throw on anything at all, and keep what they accept within bounds", () => {
    fc.assert(fc.property(fc.oneof(hostileValue, scrambledForm, fc.dictionary(fc.constantFrom(...FIELDS), hostileValue)), (input) => {
      for (const schema of Object.values(SCHEMAS)) {
        const result = schema.safeParse(input);
        if (result.success) expectWithinBounds(result.data as Record<string, unknown>);
        else expect(result.error.issues.every((issue) => typeof issue.message === "string" && issue.message.length > 0)).toBe(true);
      }
    }), { numRuns: RUNS });
  });

  it("refuse a missing, zero, negative or garbled version on edit", () => {
    const badVersion = fc.oneof(fc.constant(undefined), fc.integer({ max: 0 }), fc.double({ min: 1.000001, max: 1e6, noNaN: true }).filter((v) => !Number.isInteger(v)), textLongerThan(1), fc.constantFrom("", "abc", "NaN", "1.5", "Infinity"));
    fc.assert(fc.property(badVersion, (version) => {
      const result = updateIncidentSchema.safeParse({ ...incidentFormValues(), version });
      expect(result.success).toBe(false);
      if (!result.success) expect(Object.keys(fieldErrorsOf(result.error))).toContain("version");
    }), { numRuns: RUNS });
  });

  it("accept markup, formulas and odd Unicode in text as plain text, and parse their own output again unchanged", () => {
    fc.assert(fc.property(nastyButValidForm, (form) => {
      const once = incidentInputSchema.parse(form);
      for (const field of Object.keys(TEXTS)) expect(once[field as keyof typeof once]).toBe(asStored(form[field as keyof typeof form] as string));
      expect(incidentInputSchema.parse(once)).toEqual(once);
    }), { numRuns: RUNS });
  });
});
