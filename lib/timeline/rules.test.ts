import { describe, expect, it } from "vitest";
import { englishText } from "@/lib/i18n/english-text";
import type { TimelineEventType } from "@/generated/prisma/enums";
import { derivePhase } from "./phase";
import { checkTimeline, introducedViolations } from "./rules";

let n = 0;
const at = (iso: string) => new Date(`${iso}Z`);
const ev = (type: TimelineEventType, iso: string, count: number | null = null, recorded = "2016-11-01T00:00") =>
  ({ id: `e${++n}`, type, occurredAt: at(iso), count, createdAt: at(recorded) });
const rules = (events: ReturnType<typeof ev>[], rescued: number | null = 107) => checkTimeline(events, { rescued }).map((v) => [v.rule, v.eventId, v.field]);

describe("checkTimeline", () => {
  it("accepts the reference case's story", () => {
    const events = [
      ev("ALERT_RECEIVED", "2016-10-25T05:10"), ev("RESCUE_STARTED", "2016-10-25T06:30"), ev("PERSONS_TAKEN_ABOARD", "2016-10-25T07:35", 107),
      ev("CALLED_AWAY", "2016-10-25T07:50"), ev("RETURNED", "2016-10-25T10:20"), ev("DISEMBARKATION", "2016-10-28T07:30", 100),
    ];
    expect(rules(events)).toEqual([]);
  });

  it("refuses a disembarkation before the first rescue event, naming both times", () => {
    const landing = ev("DISEMBARKATION", "2016-10-25T05:00");
    const [violation] = checkTimeline([ev("PERSONS_TAKEN_ABOARD", "2016-10-25T07:35", 10), landing], { rescued: 107 });
    expect(violation).toMatchObject({ rule: "disembarkation-before-rescue", eventId: landing.id, field: "occurredAt" });
    expect(englishText(violation.message)).toBe("The disembarkation (2016-10-25 05:00 UTC) is before the rescue (“persons taken aboard”, 2016-10-25 07:35 UTC): correct one of the times.");
    expect(rules([ev("DISEMBARKATION", "2016-10-25T05:00")])).toEqual([]);
  });

  it("refuses a return without a called-away before it, one return per call", () => {
    const early = ev("RETURNED", "2016-10-25T07:00");
    expect(rules([early, ev("CALLED_AWAY", "2016-10-25T07:50")])).toEqual([["returned-without-called-away", early.id, "type"]]);
    const second = ev("RETURNED", "2016-10-25T11:00");
    expect(rules([ev("CALLED_AWAY", "2016-10-25T07:50"), ev("RETURNED", "2016-10-25T10:20"), second])).toEqual([["returned-without-called-away", second.id, "type"]]);
    // Same minute: in the order they were recorded.
    expect(rules([ev("CALLED_AWAY", "2016-10-25T07:50", null, "2016-11-01T00:00"), ev("RETURNED", "2016-10-25T07:50", null, "2016-11-01T00:01")])).toEqual([]);
  });

  it("refuses more people taken aboard over the timeline than the case's persons rescued", () => {
    const events = [ev("PERSONS_TAKEN_ABOARD", "2016-10-25T07:00", 60), ev("PERSONS_TAKEN_ABOARD", "2016-10-25T07:30", 50)];
    const [violation] = checkTimeline(events, { rescued: 107 });
    expect(violation).toMatchObject({ rule: "taken-aboard-above-rescued", eventId: null, field: "count" });
    expect(englishText(violation.message)).toMatch(/^Persons taken aboard over the timeline \(110\) would be more than the case's persons rescued \(107\)/);
    expect(rules(events, 110)).toEqual([]);
    expect(rules(events, null)).toEqual([]);
  });
});

describe("introducedViolations", () => {
  it("reports only what a change breaks, not what older data already broke", () => {
    const orphan = ev("RETURNED", "2016-10-25T07:00");
    const before = [orphan];
    const after = [orphan, ev("DISEMBARKATION", "2016-10-25T05:00"), ev("RESCUE_STARTED", "2016-10-25T06:00")];
    expect(introducedViolations(before, after, { rescued: null }).map((v) => v.rule)).toEqual(["disembarkation-before-rescue"]);
    expect(introducedViolations(before, [...before, ev("OTHER", "2016-10-25T08:00")], { rescued: null })).toEqual([]);
  });
});

describe("derivePhase", () => {
  it("follows the latest event that says something about the phase", () => {
    expect(derivePhase([])).toBe("OPEN");
    expect(derivePhase([ev("ALERT_RECEIVED", "2016-10-25T05:10")])).toBe("OPEN");
    expect(derivePhase([ev("ON_SCENE", "2016-10-25T06:20"), ev("CALLED_AWAY", "2016-10-25T07:50")])).toBe("ON_SCENE");
    expect(derivePhase([ev("RESCUE_COMPLETED", "2016-10-25T07:45"), ev("MEDICAL_EVACUATION", "2016-10-25T10:40")])).toBe("AWAITING_POS");
    expect(derivePhase([ev("POS_REQUESTED", "2016-10-25T17:40"), ev("BODIES_RECOVERED", "2016-10-25T13:30", 12)])).toBe("AWAITING_POS");
    expect(derivePhase([ev("DISEMBARKATION", "2016-10-28T07:30"), ev("POS_ASSIGNED", "2016-10-26T19:30")])).toBe("DISEMBARKED");
    expect(derivePhase([ev("DISEMBARKATION", "2016-10-28T07:30"), ev("CASE_CLOSED", "2016-10-28T12:00")])).toBe("CLOSED");
  });
});
