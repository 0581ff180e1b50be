import { describe, expect, it } from "vitest";
import { isCountryCode } from "@/lib/countries";
import { incidentInputSchema } from "@/lib/schemas/incident";
import { generateSyntheticIncidents } from "./synthetic-generator";
import { withPeople } from "./synthetic-people";

describe("withPeople", () => {
  it("gives the same people on every run, and leaves the other figures as they were", () => {
    const incidents = generateSyntheticIncidents(100);
    expect(withPeople(incidents)).toEqual(withPeople(incidents));
    expect(withPeople(incidents).map((i) => i.fields.rescued)).toEqual(incidents.map((i) => i.fields.rescued));
  });

  it("keeps every part within the whole, as the form's rules demand, over thousands of draws", () => {
    const incidents = withPeople(generateSyntheticIncidents(3000, 7), 7).filter((i) => i.fields.rescued >= 0);
    for (const { fields, nationalities } of incidents) {
      const { personsOnBoard, rescued, dead, missing, women, men, children, girls, boys, sexAgeUnknown, departedAt, occurredAt } = fields;
      const whole = personsOnBoard ?? rescued + dead + missing;
      if (men !== null) expect(personsOnBoard).not.toBeNull();
      expect((women ?? 0) + (men ?? 0) + (children ?? 0) + (sexAgeUnknown ?? 0)).toBeLessThanOrEqual(whole);
      expect((girls ?? 0) + (boys ?? 0)).toBeLessThanOrEqual(children ?? 0);
      expect(nationalities.reduce((sum, n) => sum + n.count, 0)).toBeLessThanOrEqual(whole);
      expect(new Set(nationalities.map((n) => n.country)).size).toBe(nationalities.length);
      expect(nationalities.every((n) => isCountryCode(n.country) && n.count >= 1)).toBe(true);
      if (departedAt) expect(departedAt.getTime()).toBeLessThan(occurredAt.getTime());
    }
    expect(incidents.filter((i) => i.nationalities.length > 0).length).toBeGreaterThan(1000);
    expect(incidents.filter((i) => i.fields.men !== null).length).toBeGreaterThan(1000);
  });

  it("yields incidents the incident schema accepts", () => {
    for (const { fields, nationalities } of withPeople(generateSyntheticIncidents(200))) {
      const result = incidentInputSchema.safeParse({ ...fields, position: fields.positionText, nationalities, injuries: [], evacuations: [], partners: [] });
      expect(result.error?.issues ?? []).toEqual([]);
    }
  });
});
