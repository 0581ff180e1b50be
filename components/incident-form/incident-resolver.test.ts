import { beforeAll, describe, expect, it } from "vitest";
import type { ResolverOptions } from "react-hook-form";
import type { IncidentFormValues } from "@/lib/schemas/incident";
import { EMPTY_INCIDENT } from "./form-values";
import { incidentResolver, localInputToIso, withLocalInputs } from "./incident-resolver";
import { applyServerErrors } from "./server-errors";
import { englishText } from "@/lib/i18n/english-text";

beforeAll(() => {
  process.env.TZ = "Europe/Rome"; // Node reads TZ on each change: the browser's zone, as in the e2e
});

const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<IncidentFormValues>;
const resolve = (values: Partial<IncidentFormValues>) => incidentResolver({ ...EMPTY_INCIDENT, ...values }, undefined, options);

describe("local times", () => {
  it("gives a datetime-local value its offset on that day", () => {
    expect(localInputToIso("2016-10-25T08:30")).toBe("2016-10-25T08:30:00+02:00");
    expect(localInputToIso("2016-12-25T08:30")).toBe("2016-12-25T08:30:00+01:00");
  });

  it("leaves blanks and anything else for the schema to judge", () => {
    expect(localInputToIso("")).toBe("");
    expect(localInputToIso("yesterday")).toBe("yesterday");
  });

  it("turns stored instants into local input values", () => {
    const values = withLocalInputs({ ...EMPTY_INCIDENT, occurredAt: "2016-10-25T06:30:00.000Z", evacuations: [{ count: "2", means: "BOAT", evacuatedAt: "2016-10-25T10:00:00.000Z" }] });
    expect(values.occurredAt).toBe("2016-10-25T08:30");
    expect(values.evacuations?.[0].evacuatedAt).toBe("2016-10-25T12:00");
  });
});

describe("incidentResolver", () => {
  it("validates with the schema and yields the instant in UTC", async () => {
    const result = await resolve({ occurredAt: "2016-10-25T08:30", position: "33°15.0'N 012°36.0'E", dead: "29" });
    expect(result.errors).toEqual({});
    expect((result.values as { occurredAt: Date }).occurredAt.toISOString()).toBe("2016-10-25T06:30:00.000Z");
  });

  it("reports the schema's messages on their fields", async () => {
    const result = await resolve({ occurredAt: "2016-10-25T08:30", position: "95N 12E", dead: "1.5" });
    expect(englishText(String(result.errors.position?.message))).toBe("Latitude must be between 90°S and 90°N.");
    expect(englishText(String(result.errors.dead?.message))).toBe("Dead must be a whole number.");
  });
});

describe("applyServerErrors", () => {
  it("puts field errors on fields, list errors on the list and the rest in the alert", () => {
    const calls: [string, string | undefined][] = [];
    const unplaced = applyServerErrors((name, error) => calls.push([name, error.message]), {
      "injuries.0.count": ["Number injured must be at least 1."],
      injuries: ["Injured people (30) are more than persons rescued (20)."],
      latitude: ["Latitude out of range."],
      version: ["Reload the case: its version is missing."],
    });
    expect(calls).toEqual([
      ["injuries.0.count", "Number injured must be at least 1."],
      ["injuries.root", "Injured people (30) are more than persons rescued (20)."],
      ["position", "Latitude out of range."],
    ]);
    expect(unplaced).toEqual(["Reload the case: its version is missing."]);
  });
});
