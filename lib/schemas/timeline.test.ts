import { describe, expect, it } from "vitest";
import { parsePosition } from "@/lib/geo/parse-position";
import { phaseOutcomeInputSchema, timelineEventInputSchema, type TimelineEventFormValues } from "./timeline";
import { englishText } from "@/lib/i18n/english-text";

const VESSEL = "5f0c6d8e-9b1a-4c3e-8f2d-1a2b3c4d5e6f";
const blank: TimelineEventFormValues = {
  type: "ON_SCENE", occurredAt: "2016-10-25T08:20+02:00", alertSource: "", count: "", port: "", position: "", whoKind: "",
  vesselId: "", organizationId: "", authority: "", linkedReference: "", evacuationId: "", note: "", version: "3",
};

function errorsOf(values: Partial<TimelineEventFormValues>) {
  const result = timelineEventInputSchema.safeParse({ ...blank, ...values });
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), englishText(issue.message)]));
}

describe("timelineEventInputSchema", () => {
  it("reads the form's values: an instant to the minute, the position by the incident's parser, the version", () => {
    const parsed = timelineEventInputSchema.parse({ ...blank, occurredAt: "2016-10-25T08:20:47+02:00", position: "33-15.0N 12-36.0E", note: "  Dinghy in sight  " });
    expect(parsed).toMatchObject({ type: "ON_SCENE", position: "33-15.0N 12-36.0E", note: "Dinghy in sight", version: 3, count: null, whoKind: null });
    expect(parsed.occurredAt.toISOString()).toBe("2016-10-25T06:20:00.000Z");
    const incidentParser = parsePosition("33-15.0N 12-36.0E");
    expect(incidentParser.ok && [parsed.latitude, parsed.longitude]).toEqual(incidentParser.ok && [incidentParser.latitude, incidentParser.longitude]);
  });

  it("refuses an event in the future and a time it cannot read, naming the field", () => {
    expect(errorsOf({ occurredAt: new Date(Date.now() + 3_600_000).toISOString() })).toEqual({ occurredAt: "Time cannot be in the future." });
    expect(errorsOf({ occurredAt: "" })).toEqual({ occurredAt: "Time is required." });
    expect(errorsOf({ occurredAt: "yesterday" }).occurredAt).toMatch(/^Time must be a date and time with its UTC offset/);
  });

  it("asks for what each kind of event needs, with the event's own words", () => {
    expect(errorsOf({ type: "ALERT_RECEIVED" })).toEqual({ alertSource: "Choose who raised the alert." });
    expect(errorsOf({ type: "PERSONS_TAKEN_ABOARD" })).toEqual({ count: "People taken aboard is required." });
    expect(errorsOf({ type: "PERSONS_TAKEN_ABOARD", count: "10.5" })).toEqual({ count: "People taken aboard must be a whole number." });
    expect(errorsOf({ type: "BODIES_RECOVERED", count: "0" })).toEqual({ count: "Bodies recovered must be at least 1." });
    expect(errorsOf({ type: "DISEMBARKATION" })).toEqual({ port: "Enter the port." });
    expect(errorsOf({ type: "POS_ASSIGNED", port: "  " })).toEqual({ port: "Enter the port." });
    expect(errorsOf({ type: "OTHER" })).toEqual({ note: "Describe what happened in the note." });
    expect(errorsOf({ type: "" as never, position: "95N 12E" })).toEqual({ type: "Choose what happened.", position: "Latitude must be between 90°S and 90°N." });
  });

  it("asks for the who that was chosen, and keeps only that one", () => {
    expect(errorsOf({ whoKind: "vessel" })).toEqual({ vesselId: "Choose the vessel." });
    expect(errorsOf({ whoKind: "authority", authority: " " })).toEqual({ authority: "Name the authority (or who it was)." });
    const parsed = timelineEventInputSchema.parse({ ...blank, whoKind: "vessel", vesselId: VESSEL, authority: "MRCC Rome" });
    expect(parsed).toMatchObject({ whoKind: "vessel", vesselId: VESSEL, organizationId: null, authority: null });
  });

  it("drops what the event's type does not take (the form hides it) instead of refusing it", () => {
    const parsed = timelineEventInputSchema.parse({ ...blank, type: "ON_SCENE", count: "abc", port: "Augusta", alertSource: "HOTLINE", linkedReference: "MSF-2016-0002" });
    expect(parsed).toMatchObject({ count: null, port: null, alertSource: null, linkedReference: null });
    const disembarked = timelineEventInputSchema.parse({ ...blank, type: "DISEMBARKATION", port: "Augusta", count: "239" });
    expect(disembarked).toMatchObject({ port: "Augusta", count: 239 });
  });

  it("parses its own output again unchanged", () => {
    const parsed = timelineEventInputSchema.parse({ ...blank, type: "CALLED_AWAY", linkedReference: "MSF-2016-0002", whoKind: "authority", authority: "MRCC Rome", position: "33.3, 12.7" });
    expect(timelineEventInputSchema.parse(parsed)).toEqual(parsed);
  });

  it("needs the version of the case the form was loaded from", () => {
    expect(errorsOf({ version: "" })).toEqual({ version: "Reload the case: its version is missing." });
  });
});

describe("phaseOutcomeInputSchema", () => {
  it("takes a phase or AUTO, and an outcome or none", () => {
    expect(phaseOutcomeInputSchema.parse({ phase: "AUTO", outcome: "", version: "2" })).toEqual({ phase: "AUTO", outcome: null, version: 2 });
    expect(phaseOutcomeInputSchema.parse({ phase: "CLOSED", outcome: "INTERCEPTED_RETURNED_LIBYA", version: 2 })).toMatchObject({ phase: "CLOSED", outcome: "INTERCEPTED_RETURNED_LIBYA" });
    expect(phaseOutcomeInputSchema.safeParse({ phase: "SUNK", outcome: "", version: 2 }).success).toBe(false);
  });
});
