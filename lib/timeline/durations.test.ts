import { describe, expect, it } from "vitest";
import type { TimelineEventType } from "@/generated/prisma/enums";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import { compileMessages } from "@/lib/i18n/message-check";
import { durationParts, posRequestNumbers, timelineDurations } from "./durations";

const t = createTranslator({ locale: "en", messages: compileMessages(en) as unknown as typeof en, namespace: "durations" });
/** What components/ui/duration.tsx shows an English reader. */
const formatDuration = (ms: number) => t("span", durationParts(ms));

let n = 0;
const at = (iso: string) => new Date(`${iso}Z`);
const ev = (type: TimelineEventType, iso: string, id = `e${++n}`) => ({ id, type, occurredAt: at(iso), count: null, createdAt: at("2016-11-01T00:00") });
const NOW = at("2016-10-30T12:00");

describe("timelineDurations", () => {
  it("measures the reference case: alert → on scene, the stand-off, the wait for a place of safety", () => {
    const events = [
      ev("DISEMBARKATION", "2016-10-28T07:30"), ev("ALERT_RECEIVED", "2016-10-25T05:10"), ev("ON_SCENE", "2016-10-25T06:20"),
      ev("RESCUE_STARTED", "2016-10-25T06:30"), ev("PERSONS_TAKEN_ABOARD", "2016-10-25T07:35"), ev("POS_REQUESTED", "2016-10-25T17:40"),
      ev("POS_REQUESTED", "2016-10-26T08:00"), ev("POS_ASSIGNED", "2016-10-26T19:30"),
    ];
    const d = timelineDurations(events, NOW);
    expect(formatDuration(d.alertToOnScene!.ms)).toBe("1 h 10 min");
    expect(d.rescueToDisembarkation).toMatchObject({ from: at("2016-10-25T06:30"), to: at("2016-10-28T07:30") });
    expect(formatDuration(d.rescueToDisembarkation!.ms)).toBe("3 days 1 hour");
    expect(d.withoutPlaceOfSafety).toMatchObject({ from: at("2016-10-25T17:40"), to: at("2016-10-26T19:30"), isRunning: false });
    expect(formatDuration(d.withoutPlaceOfSafety!.ms)).toBe("1 day 1 hour");
  });

  it("counts the wait for a place of safety up to now while none is assigned", () => {
    const d = timelineDurations([ev("RESCUE_COMPLETED", "2016-10-29T10:00"), ev("POS_REQUESTED", "2016-10-29T11:00")], NOW);
    expect(d.withoutPlaceOfSafety).toMatchObject({ from: at("2016-10-29T11:00"), to: NOW, ms: 25 * 3_600_000, isRunning: true });
    expect(d.rescueToDisembarkation).toBeNull();
  });

  it("stops the wait at a disembarkation or closure when no place of safety was ever assigned", () => {
    const d = timelineDurations([ev("POS_REQUESTED", "2016-10-25T11:00"), ev("DISEMBARKATION", "2016-10-27T11:30")], NOW);
    expect(d.withoutPlaceOfSafety).toMatchObject({ to: at("2016-10-27T11:30"), isRunning: false });
  });

  it("gives nothing it cannot measure: on scene without an alert before it, a disembarkation before any rescue", () => {
    const d = timelineDurations([ev("ON_SCENE", "2016-10-25T06:00"), ev("ALERT_RECEIVED", "2016-10-25T07:00"), ev("DISEMBARKATION", "2016-10-25T05:00")], NOW);
    expect(d).toEqual({ alertToOnScene: null, rescueToDisembarkation: null, withoutPlaceOfSafety: null });
  });

  it("takes the last disembarkation as the end of the stand-off", () => {
    const d = timelineDurations([ev("PERSONS_TAKEN_ABOARD", "2016-10-25T06:00"), ev("DISEMBARKATION", "2016-10-26T06:00"), ev("DISEMBARKATION", "2016-10-27T09:00")], NOW);
    expect(formatDuration(d.rescueToDisembarkation!.ms)).toBe("2 days 3 hours");
  });
});

describe("posRequestNumbers", () => {
  it("numbers the requests for a place of safety in time order, whatever order they were recorded in", () => {
    const events = [ev("POS_REQUESTED", "2016-10-27T08:00", "c"), ev("ON_SCENE", "2016-10-25T06:00", "x"), ev("POS_REQUESTED", "2016-10-25T17:40", "a"), ev("POS_REQUESTED", "2016-10-26T08:00", "b")];
    expect([...posRequestNumbers(events)]).toEqual([["a", 1], ["b", 2], ["c", 3]]);
  });
});

describe("durationParts", () => {
  it("gives minutes below an hour, hours and minutes below a day, then days and hours", () => {
    const minutes = (m: number) => m * 60_000;
    expect([45, 200, 25 * 60 + 59, 4 * 24 * 60 + 6 * 60].map((m) => durationParts(minutes(m)))).toEqual([
      { days: 0, hours: 0, minutes: 45 }, { days: 0, hours: 3, minutes: 20 }, { days: 1, hours: 1, minutes: 0 }, { days: 4, hours: 6, minutes: 0 },
    ]);
  });
});

describe("a duration in English", () => {
  it("writes minutes, hours and minutes, then days and hours", () => {
    const minutes = (m: number) => m * 60_000;
    expect([0, 45, 60, 200, 24 * 60, 25 * 60 + 59, 4 * 24 * 60 + 6 * 60].map((m) => formatDuration(minutes(m)))).toEqual([
      "0 min", "45 min", "1 h", "3 h 20 min", "1 day", "1 day 1 hour", "4 days 6 hours",
    ]);
  });
});
