import { describe, expect, it } from "vitest";
import { parsePosition } from "@/lib/geo/parse-position";
import { generateSyntheticIncidents } from "./synthetic-generator";
import { numberIncidents } from "./synthetic-incidents";

describe("generateSyntheticIncidents", () => {
  it("gives the same incidents on every run", () => {
    expect(generateSyntheticIncidents(50)).toEqual(generateSyntheticIncidents(50));
    expect(generateSyntheticIncidents(50, 1)).not.toEqual(generateSyntheticIncidents(50));
  });

  it("keeps every figure consistent, even over thousands of draws", () => {
    for (const incident of generateSyntheticIncidents(5000, 7)) {
      const { personsOnBoard, rescued, dead, missing } = incident.fields;
      expect(Math.min(rescued, dead, missing)).toBeGreaterThanOrEqual(0);
      expect(rescued).toBeLessThanOrEqual(600);
      if (personsOnBoard !== null) expect(personsOnBoard).toBeGreaterThanOrEqual(rescued + dead + missing);
      expect(incident.injuries.reduce((sum, i) => sum + i.count, 0)).toBeLessThanOrEqual(rescued);
      expect(incident.evacuations.reduce((sum, e) => sum + e.count, 0)).toBeLessThanOrEqual(rescued);
      expect(incident.fields.causesOfDeath.length > 0).toBe(dead > 0);
      expect(incident.fields.unaccompaniedMinors ?? 0).toBeLessThanOrEqual(incident.fields.children ?? 0);
      expect(incident.partners.every((p) => p.organization !== incident.organization)).toBe(true);
      expect(incident.fields.createdAt.getTime()).toBeGreaterThan(incident.fields.occurredAt.getTime());
    }
  });

  it("stores the coordinates the app's parser reads from the position text", () => {
    for (const { fields: { positionText, latitude, longitude } } of generateSyntheticIncidents(300)) {
      const parsed = parsePosition(positionText);
      expect(parsed.ok, positionText).toBe(true);
      if (!parsed.ok) continue;
      expect(latitude).toBeCloseTo(parsed.latitude, 5);
      expect(longitude).toBeCloseTo(parsed.longitude, 5);
    }
  });
});

describe("numberIncidents", () => {
  it("numbers each organization's year in order of occurrence, after the reference case", () => {
    const { numbered } = numberIncidents(generateSyntheticIncidents(400));
    const msf2016 = numbered.filter((i) => i.reference.startsWith("MSF-2016-"));
    expect(msf2016[0].reference).toBe("MSF-2016-0003");
    const times = msf2016.map((i) => i.fields.occurredAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
