import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import { incidentFormValues } from "@/lib/test/factories";
import { createIncidentSchema, type IncidentFormValues, type IncidentInput, incidentInputSchema, updateIncidentSchema } from "./incident";
import { englishText } from "@/lib/i18n/english-text";

const rescue = incidentFormValues();
// The second rescue of the day: 139 people from a wooden boat, nobody died.
const secondRescue = incidentFormValues({
  occurredAt: "2016-10-25T10:15:00+02:00", position: "33°19.5'N 012°44.0'E", boatType: "WOODEN", boatConditions: [],
  rescued: "139", dead: "0", missing: "0", causesOfDeath: [], infants: "", injuries: [], evacuations: [],
});

function errorsOf(values: Partial<IncidentFormValues>, schema: z.ZodType = incidentInputSchema) {
  const result = schema.safeParse({ ...rescue, ...values });
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), englishText(issue.message)]));
}
const errorOf = (values: Partial<IncidentFormValues>, field: string) => errorsOf(values)[field];

describe("incidentInputSchema: the reference case", () => {
  it("accepts the rescue of 25 October 2016 as the form holds it", () => {
    const parsed = incidentInputSchema.parse(rescue);
    expect(parsed).toMatchObject({ rescued: 107, dead: 29, missing: 0, personsOnBoard: null, infants: 1, boatType: "INFLATABLE", latitude: 33.25, longitude: 12.6 });
    expect(parsed.occurredAt.toISOString()).toBe("2016-10-25T06:30:00.000Z");
    expect(parsed.injuries).toEqual([{ type: "FUEL_BURN", severity: "MINOR", count: 12 }, { type: "FUEL_BURN", severity: "SERIOUS", count: 11 }]);
    expect(parsed.evacuations.map((e) => [e.count, e.means, e.evacuatedAt?.toISOString()])).toEqual([[2, "HELICOPTER", "2016-10-25T10:40:00.000Z"], [5, "BOAT", "2016-10-25T17:15:00.000Z"]]);
    expect(parsed.causesOfDeath).toEqual(["SUFFOCATION", "FUEL_BURNS", "DROWNING"]);
  });

  it("accepts the second rescue of the same day", () => {
    expect(incidentInputSchema.parse(secondRescue)).toMatchObject({ rescued: 139, dead: 0, boatType: "WOODEN", latitude: 33.325 });
  });

  it("parses its own output again unchanged (the server re-parses what the form validated)", () => {
    for (const schema of [incidentInputSchema, createIncidentSchema]) {
      const once = schema.parse(rescue);
      expect(schema.parse(once)).toEqual(once);
    }
    const edited = updateIncidentSchema.parse({ ...rescue, version: "3" });
    expect(updateIncidentSchema.parse(edited)).toEqual(edited);
    expectTypeOf<IncidentInput>().toExtend<IncidentFormValues>();
  });

  it("trims text and turns blanks into null", () => {
    const parsed = incidentInputSchema.parse({ ...rescue, coordinatingAuthority: "  MRCC Rome ", seaState: "   ", vesselId: "", boatType: "", region: "", sourceQuality: "" });
    expect(parsed).toMatchObject({ coordinatingAuthority: "MRCC Rome", seaState: null, vesselId: null, boatType: null, region: null, sourceQuality: null, disembarkationPort: null });
  });
});

describe("incidentInputSchema: single fields", () => {
  it("reads counts as whole numbers from 0 to 100,000; blank is unknown", () => {
    expect(incidentInputSchema.parse({ ...rescue, missing: "", personsOnBoard: " 150 " })).toMatchObject({ missing: null, personsOnBoard: 150 });
    expect(incidentInputSchema.parse({ ...rescue, missing: Number.NaN })).toMatchObject({ missing: null });
    expect(errorOf({ rescued: "1.5" }, "rescued")).toBe("Persons rescued must be a whole number.");
    expect(errorOf({ dead: -1 }, "dead")).toBe("Dead cannot be negative.");
    expect(errorOf({ children: "100001" }, "children")).toBe("Children must be at most 100,000.");
    expect(errorOf({ missing: "many" }, "missing")).toBe("Missing must be a number.");
    expect(errorOf({ sourceQuality: "6" }, "sourceQuality")).toBe("Source quality must be at most 5.");
    expect(errorOf({ sourceQuality: "0" }, "sourceQuality")).toBe("Source quality must be at least 1.");
  });

  it("needs an occurred-at instant with its offset, not in the future and not before 1990", () => {
    const soon = new Date(Date.now() + 2 * 60 * 1000);
    expect(incidentInputSchema.parse({ ...rescue, occurredAt: soon.toISOString() }).occurredAt).toEqual(soon);
    expect(incidentInputSchema.parse({ ...rescue, occurredAt: new Date("2016-10-25T06:30:00Z") }).occurredAt.toISOString()).toBe("2016-10-25T06:30:00.000Z");
    expect(errorOf({ occurredAt: "" }, "occurredAt")).toBe("Occurred at is required.");
    expect(errorOf({ occurredAt: new Date(Date.now() + 10 * 60 * 1000).toISOString() }, "occurredAt")).toBe("Occurred at cannot be in the future.");
    expect(errorOf({ occurredAt: "1989-12-31T23:00:00Z" }, "occurredAt")).toBe("Occurred at cannot be before 1 January 1990.");
    expect(errorOf({ occurredAt: "2016-10-25T08:30" }, "occurredAt")).toMatch(/^Occurred at must be a date and time with its UTC offset/);
    expect(errorOf({ occurredAt: "2016-13-45T08:30Z" }, "occurredAt")).toBe("Occurred at is not a valid date.");
  });

  it("needs a position, with the parser's explanation when it cannot read it", () => {
    expect(incidentInputSchema.parse({ ...rescue, position: "33.25, 12.6" })).toMatchObject({ position: "33.25, 12.6", latitude: 33.25, longitude: 12.6 });
    expect(errorOf({ position: "  " }, "position")).toMatch(/^Position is required: enter a latitude and a longitude, e\.g\./);
    expect(errorOf({ position: "95 N 12 E" }, "position")).toBe("Latitude must be between 90°S and 90°N.");
  });

  it("limits text lengths, naming the field and the length", () => {
    expect(errorOf({ narrative: "x".repeat(20_001) }, "narrative")).toBe("Narrative must be at most 20,000 characters (now 20,001).");
    expect(errorOf({ source: "x".repeat(2_001) }, "source")).toBe("Source must be at most 2,000 characters (now 2,001).");
    expect(errorOf({ seaState: "x".repeat(201) }, "seaState")).toMatch(/^Sea state must be at most 200 characters/);
    expect(errorOf({ reason: "x".repeat(501) }, "reason")).toMatch(/^Reason for change must be at most 500 characters/);
    expect(errorOf({ evacuations: [{ count: "1", means: "BOAT", destination: "x".repeat(201) }] }, "evacuations.0.destination")).toMatch(/^Destination must be at most 200/);
  });

  it("takes choices only from the vocabularies", () => {
    expect(errorOf({ boatType: "RAFT" as never }, "boatType")).toBe("Boat type: choose one of the options.");
    expect(errorOf({ route: "Moon route" as never }, "route")).toBe("Route: choose one of the options.");
    expect(errorOf({ vesselId: "not-an-id" }, "vesselId")).toBe("Rescuing vessel: choose one of the options.");
    expect(incidentInputSchema.parse({ ...rescue, boatConditions: ["ADRIFT", "ADRIFT"] }).boatConditions).toEqual(["ADRIFT"]);
  });

  it("checks injury, evacuation and partner rows", () => {
    const injury = { type: "TRAUMA", severity: "MINOR", count: "1" } as const;
    expect(errorOf({ injuries: [{ ...injury, count: "0" }] }, "injuries.0.count")).toBe("Number injured must be at least 1.");
    expect(errorOf({ injuries: [{ ...injury, count: "" }] }, "injuries.0.count")).toBe("Number injured is required.");
    expect(errorOf({ injuries: [{ ...injury, type: "" as never }] }, "injuries.0.type")).toBe("Choose the type of injury.");
    expect(errorOf({ injuries: Array.from({ length: 51 }, () => injury) }, "injuries")).toBe("Injuries: at most 50 rows.");
    expect(errorOf({ injuries: [injury, injury] }, "injuries.1.severity")).toBe("This type and severity are already listed: add the counts into one row.");
    expect(errorOf({ evacuations: [{ count: "1", means: "" as never }] }, "evacuations.0.means")).toBe("Choose how they were evacuated.");
    const partner = { organizationId: "5f0c6a4e-8d7b-4c3a-9e2f-1a2b3c4d5e6f", role: "BODY_RECOVERY" } as const;
    expect(errorOf({ partners: [{ ...partner, organizationId: "" }] }, "partners.0.organizationId")).toBe("Choose the partner organization.");
    expect(errorOf({ partners: [partner, partner] }, "partners.1.role")).toBe("This organization is already listed with this role: remove the repeated row.");
    expect(errorsOf({ partners: [partner, { ...partner, role: "MEDICAL_CARE" }] })).toEqual({});
  });
});

describe("incidentInputSchema: rules between fields", () => {
  it("keeps rescued + dead + missing within the persons on board", () => {
    expect(errorOf({ personsOnBoard: "120", rescued: "107", dead: "29", missing: "10" }, "personsOnBoard"))
      .toBe("Rescued, dead and missing (146) are more than the estimated persons on board (120): correct one of them.");
    expect(errorOf({ personsOnBoard: "100", rescued: "107", dead: "", missing: "" }, "personsOnBoard"))
      .toBe("Rescued, dead and missing (107) are more than the estimated persons on board (100): correct one of them.");
    expect(errorsOf({ personsOnBoard: "136" })).toEqual({});
  });

  it("keeps injured and evacuated people within the persons rescued", () => {
    expect(errorOf({ rescued: "20" }, "injuries")).toBe("Injured people (23) are more than persons rescued (20): correct the injury counts or the number rescued.");
    expect(errorOf({ rescued: "6", injuries: [] }, "evacuations")).toBe("Evacuated people (7) are more than persons rescued (6): correct the evacuation counts or the number rescued.");
    expect(errorsOf({ rescued: "" })).toEqual({});
  });

  it("keeps vulnerable persons within the people counted, and subgroups within their group", () => {
    expect(errorOf({ women: "140" }, "women")).toBe("Women (140) are more than rescued + dead + missing (136): correct one of them.");
    expect(errorsOf({ women: "140", missing: "" })).toEqual({});
    expect(errorOf({ women: "3", pregnantWomen: "4" }, "pregnantWomen")).toBe("Pregnant women (4) are more than women (3): correct one of them.");
    expect(errorOf({ children: "2", unaccompaniedMinors: "3" }, "unaccompaniedMinors")).toBe("Unaccompanied minors (3) are more than children (2): correct one of them.");
    expect(errorOf({ children: "0", infants: "1" }, "infants")).toBe("Infants (1) are more than children (0): correct one of them.");
  });

  it("reports broken rules together with invalid fields, so the form shows every problem at once", () => {
    expect(errorsOf({ position: "", rescued: "1.5", women: "3", pregnantWomen: "4" })).toMatchObject({
      position: expect.any(String), rescued: "Persons rescued must be a whole number.", pregnantWomen: expect.any(String),
    });
  });

  it("drops causes of death when nobody died, keeps them when the number of dead is unknown", () => {
    expect(incidentInputSchema.parse({ ...rescue, dead: "0" }).causesOfDeath).toEqual([]);
    expect(incidentInputSchema.parse({ ...rescue, dead: "" }).causesOfDeath).toEqual(["SUFFOCATION", "FUEL_BURNS", "DROWNING"]);
  });
});

describe("create and edit variants", () => {
  it("create takes an intent (draft by default) and ignores reason and version", () => {
    const parsed = createIncidentSchema.parse({ ...rescue, intent: undefined, reason: "ignored", version: 4 });
    expect(parsed.intent).toBe("draft");
    expect(parsed).not.toHaveProperty("reason");
    expect(parsed).not.toHaveProperty("version");
  });

  it("edit needs the version that was loaded and keeps the reason", () => {
    expect(errorsOf({}, updateIncidentSchema)).toEqual({ version: "Reload the case: its version is missing." });
    expect(updateIncidentSchema.parse({ ...rescue, version: 3, reason: " On closer examination " })).toMatchObject({ version: 3, reason: "On closer examination" });
  });
});

describe("incidentInputSchema: what IOM's files add", () => {
  it("takes a link to the source only as an http(s) web address", () => {
    expect(incidentInputSchema.parse({ ...rescue, sourceUrl: " https://example.org/a?b=1 " }).sourceUrl).toBe("https://example.org/a?b=1");
    expect(incidentInputSchema.parse({ ...rescue, sourceUrl: "" }).sourceUrl).toBeNull();
    for (const sourceUrl of ["javascript:alert(1)", "file:///etc/passwd", "example.org", "ftp://example.org/a", "https://"]) {
      expect(errorOf({ sourceUrl }, "sourceUrl"), sourceUrl).toBe("Link to the source: write a web address starting with http:// or https://.");
    }
  });

  it("keeps a nationality whose count is unknown, and still refuses a count below 1", () => {
    expect(incidentInputSchema.parse({ ...rescue, nationalities: [{ country: "Eritrea", count: "" }] }).nationalities).toEqual([{ country: "ER", count: null }]);
    expect(errorOf({ nationalities: [{ country: "ER", count: "0" }] }, "nationalities.0.count")).toBe("Number of people must be at least 1.");
  });
});
