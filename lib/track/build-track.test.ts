import { describe, expect, it } from "vitest";
import { buildTrack, firstIndication } from "./build-track";

const at = (hhmm: string) => new Date(`2016-10-25T${hhmm}:00Z`);
const event = (id: string, type: "ALERT_RECEIVED" | "ON_SCENE" | "OTHER", hhmm: string, position: [number, number] | null) =>
  ({ id, type, occurredAt: at(hhmm), latitude: position?.[0] ?? null, longitude: position?.[1] ?? null });
const point = (id: string, hhmm: string, position: [number, number]) => ({ id, occurredAt: at(hhmm), latitude: position[0], longitude: position[1], note: `${id} note` });

describe("a case's track", () => {
  it("orders the positioned events and the track points by time, events first at the same minute, and leaves out events without a position", () => {
    const track = buildTrack(
      [event("on-scene", "ON_SCENE", "06:20", [33.25, 12.6]), event("note", "OTHER", "07:00", null), event("alert", "ALERT_RECEIVED", "05:10", [33.27, 12.58])],
      [point("drift-2", "15:45", [33.27, 12.63]), point("tie", "06:20", [33.26, 12.61]), point("drift-1", "13:30", [33.26, 12.62])],
    );
    expect(track.map((v) => v.id)).toEqual(["alert", "on-scene", "tie", "drift-1", "drift-2"]);
    expect(track[2]).toMatchObject({ kind: "point", type: null, note: "tie note" });
  });

  it("marks the alert's position as the first indication, or else the earliest point", () => {
    const withAlert = buildTrack([event("on-scene", "ON_SCENE", "04:00", [33.25, 12.6]), event("alert", "ALERT_RECEIVED", "05:10", [33.27, 12.58])], []);
    expect(firstIndication(withAlert)?.id).toBe("alert");
    const withoutAlert = buildTrack([event("on-scene", "ON_SCENE", "06:20", [33.25, 12.6])], [point("early", "05:00", [33.3, 12.5])]);
    expect(firstIndication(withoutAlert)?.id).toBe("early");
    expect(firstIndication([])).toBeNull();
  });
});
