import { describe, expect, it } from "vitest";
import type { Kpis } from "@/lib/data/dashboard/get-kpis";
import { forPartners } from "./partner-figures";

const kpis: Kpis = {
  incidents: 2, rescued: 246, dead: 29, missing: 0, deadMissing: 29, injured: 23, serious: 11, critical: 3, evacuated: 7,
  rescuedUnknown: 1, deadUnknown: 0, missingUnknown: 2, deadOrMissingUnknown: 0, knownIncidents: 1, lostPerThousand: 105.4,
};

describe("dashboard figures for partners", () => {
  it("rounds each KPI to 5, suppresses the small ones, and leaves out the rate and the unknown counts", () => {
    const shown = forPartners.kpis({ current: kpis, previous: { ...kpis, rescued: 0, dead: 8 }, comparedRange: null }, 5);
    expect(shown.current).toMatchObject({
      incidents: "<5", rescued: 245, dead: 30, missing: 0, deadMissing: 30, injured: 25, serious: 10, critical: "<5", evacuated: 5,
      lostPerThousand: null, rescuedUnknown: 0, missingUnknown: 0, knownIncidents: 0,
    });
    expect(shown.previous).toMatchObject({ rescued: 0, dead: 10 });
  });

  it("rounds breakdown rows and nationalities, whose totals are rounded on their own", () => {
    const row = { rank: 1, isOther: false, key: "k", name: "Argos", groups: 1, incidents: 12, rescued: 3, dead: 0, missing: 7, unknown: 1, deadMissing: 7, isNone: false };
    expect(forPartners.breakdowns([{ id: "vessel", isMultiValued: false, rows: [row] }], 5)[0].rows[0]).toEqual({
      ...row, incidents: 10, rescued: "<5", dead: 0, missing: 5, unknown: "<5", deadMissing: 5,
    });
    const nationalities = { top: [{ country: "ER", persons: 40 }, { country: "SD", persons: 3 }], other: { countries: 1, persons: 2 }, totalPersons: 45, cases: 3 };
    expect(forPartners.nationalities(nationalities, 5)).toEqual({
      top: [{ country: "ER", persons: 40 }, { country: "SD", persons: "<5" }], other: { countries: 1, persons: "<5" }, totalPersons: 45, cases: "<5",
    });
  });
});
