import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { derivePhase } from "@/lib/timeline/phase";
import { checkTimeline } from "@/lib/timeline/rules";
import { ORGANIZATIONS } from "./organizations";
import { REFERENCE_CASE } from "./reference-case";

// On the demo data the test database is seeded with.
describe("synthetic timelines", () => {
  it("keep the timeline's rules, put each case in the phase of its latest event, and tell every kind of outcome", async () => {
    const incidents = await db.incident.findMany({
      where: { organization: { shortName: { in: ORGANIZATIONS.map((o) => o.shortName) } }, reference: { notIn: Object.values(REFERENCE_CASE) } },
      select: { reference: true, rescued: true, phase: true, outcome: true, occurredAt: true, timelineEvents: { select: { id: true, type: true, occurredAt: true, count: true, createdAt: true } } },
    });
    expect(incidents.length).toBeGreaterThanOrEqual(400);
    for (const incident of incidents) {
      expect(incident.timelineEvents.length, incident.reference).toBeGreaterThan(0);
      expect(checkTimeline(incident.timelineEvents, { rescued: incident.rescued }), incident.reference).toEqual([]);
      expect(incident.phase, incident.reference).toBe(derivePhase(incident.timelineEvents));
      expect(incident.timelineEvents.every((e) => e.occurredAt <= new Date())).toBe(true);
    }
    const outcomes = new Set(incidents.map((i) => i.outcome));
    for (const outcome of ["RESCUED_BY_THIS_ORGANIZATION", "RESCUED_BY_MERCHANT_VESSEL", "INTERCEPTED_RETURNED_LIBYA", "INTERCEPTED_RETURNED_TUNISIA", "SHIPWRECK_NO_RESCUE", null])
      expect(outcomes).toContain(outcome);
    const phases = new Set(incidents.map((i) => i.phase));
    expect([...phases].sort()).toEqual(["AWAITING_POS", "CLOSED", "DISEMBARKED", "ON_SCENE", "OPEN"]);
  });
});
