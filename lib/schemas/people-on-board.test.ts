import { describe, expect, it } from "vitest";
import { incidentFormValues } from "@/lib/test/factories";
import { createIncidentSchema, type IncidentFormValues, incidentInputSchema, updateIncidentSchema } from "./incident";
import { englishText } from "@/lib/i18n/english-text";

// The reference case: 107 rescued, 29 dead, 0 missing; here with an estimate of 136 on board.
const rescue = incidentFormValues({ personsOnBoard: "136" });

function errorsOf(values: Partial<IncidentFormValues>) {
  const result = incidentInputSchema.safeParse({ ...rescue, ...values });
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), englishText(issue.message)]));
}

describe("people on board: sex and age, nationalities, departure", () => {
  it("accepts groups, nationalities and a departure within the whole, and re-parses its own output", () => {
    const values = {
      ...rescue, women: "20", men: "90", children: "26", girls: "10", boys: "12", sexAgeUnknown: "0",
      nationalities: [{ country: "Eritrea", count: "40" }, { country: "sd", count: "30" }, { country: "Nigeria (NG)", count: "20" }],
      departurePlace: " Sabratha ", departedAt: "2016-10-24T23:00:00+02:00",
    };
    const parsed = incidentInputSchema.parse(values);
    expect(parsed).toMatchObject({ women: 20, men: 90, children: 26, girls: 10, boys: 12, sexAgeUnknown: 0, departurePlace: "Sabratha" });
    expect(parsed.nationalities).toEqual([{ country: "ER", count: 40 }, { country: "SD", count: 30 }, { country: "NG", count: 20 }]);
    expect(parsed.departedAt?.toISOString()).toBe("2016-10-24T21:00:00.000Z");
    for (const schema of [incidentInputSchema, createIncidentSchema]) expect(schema.parse(schema.parse(values))).toEqual(schema.parse(values));
    const edited = updateIncidentSchema.parse({ ...values, version: 2 });
    expect(updateIncidentSchema.parse(edited)).toEqual(edited);
  });

  it("leaves every new figure unknown when blank or absent", () => {
    const parsed = incidentInputSchema.parse({ ...rescue, men: "", departedAt: "", departurePlace: "" });
    expect(parsed).toMatchObject({ men: null, girls: null, boys: null, sexAgeUnknown: null, departedAt: null, departurePlace: null, nationalities: [] });
  });

  it("refuses sex and age groups above the persons on board, on the last group given, naming both figures", () => {
    expect(errorsOf({ women: "40", men: "90", girls: "5", boys: "5" })).toEqual({
      boys: "Women, men, children and people of unknown sex or age add up to 140, more than the 136 estimated persons on board: correct one of them.",
    });
    expect(errorsOf({ men: "100", children: "30", girls: "10", sexAgeUnknown: "7" })).toEqual({
      sexAgeUnknown: "Women, men, children and people of unknown sex or age add up to 137, more than the 136 estimated persons on board: correct one of them.",
    });
    expect(errorsOf({ men: "136" })).toEqual({});
  });

  it("checks the groups and nationalities only against an estimate of the persons on board", () => {
    expect(errorsOf({ personsOnBoard: "", women: "100", men: "37", nationalities: [{ country: "ER", count: "137" }] })).toEqual({});
  });

  it("refuses girls and boys above the children", () => {
    expect(errorsOf({ children: "20", girls: "15", boys: "6" })).toEqual({ boys: "Girls and boys add up to 21, more than the 20 children: correct one of them." });
    expect(errorsOf({ children: "20", girls: "21" })).toEqual({ girls: "Girls and boys add up to 21, more than the 20 children: correct one of them." });
  });

  it("refuses nationalities above the persons on board, naming both figures", () => {
    const nationalities = [{ country: "ER", count: "100" }, { country: "SD", count: "37" }];
    expect(errorsOf({ nationalities })).toEqual({ nationalities: "Nationalities add up to 137, more than the 136 estimated persons on board: correct the counts or the persons on board." });
    expect(errorsOf({ personsOnBoard: "107", rescued: "90", dead: "17", nationalities: [{ country: "ER", count: "120" }] })).toEqual({
      nationalities: "Nationalities add up to 120, more than the 107 estimated persons on board: correct the counts or the persons on board.",
    });
  });

  it("refuses a country twice, an unknown country, a blank country and a count below 1", () => {
    expect(errorsOf({ nationalities: [{ country: "Eritrea", count: "2" }, { country: "ER", count: "3" }] })).toEqual({
      "nationalities.1.country": "This country is already listed: add the counts into one row.",
    });
    expect(errorsOf({ nationalities: [{ country: "Atlantis", count: "2" }] })).toEqual({
      "nationalities.0.country": "Country: \"Atlantis\" is not a country of ISO 3166-1; choose one from the list.",
    });
    expect(errorsOf({ nationalities: [{ country: " ", count: "0" }] })).toEqual({
      "nationalities.0.country": "Country: choose a country.",
      "nationalities.0.count": "Number of people must be at least 1.",
    });
  });

  it("refuses a departure after the incident, or in the future", () => {
    expect(errorsOf({ departedAt: "2016-10-25T09:00:00+02:00" })).toEqual({
      departedAt: "Departure time is after the time the incident occurred (occurred at): the boat left before it was found; correct one of them.",
    });
    expect(errorsOf({ departedAt: new Date(Date.now() + 3_600_000).toISOString() })).toEqual({ departedAt: "Departure time cannot be in the future." });
    expect(errorsOf({ departurePlace: "x".repeat(201) })).toEqual({ departurePlace: "Departure place must be at most 200 characters (now 201)." });
  });
});
