import { describe, expect, it } from "vitest";
import { trackPointInputSchema } from "./track";
import { englishText } from "@/lib/i18n/english-text";

const errorsOf = (input: unknown) => {
  const result = trackPointInputSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), englishText(i.message)]));
};

describe("track point schema", () => {
  it("reads the position in any format the position field takes, keeps the text, and re-parses its own output", () => {
    const parsed = trackPointInputSchema.parse({ occurredAt: "2016-10-25T06:10:59+02:00", position: "33°27.0′N 012°36.0′E", note: " drifting ", version: "3" });
    expect(parsed).toEqual({
      occurredAt: new Date("2016-10-25T04:10:00Z"), position: "33°27.0′N 012°36.0′E", latitude: 33.45, longitude: 12.6, note: "drifting", version: 3, isPersonalDataAcknowledged: false,
    });
    expect(trackPointInputSchema.parse(parsed)).toEqual(parsed);
  });

  it("refuses a time in the future, an unreadable or missing position, and a missing version, naming each field", () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect(errorsOf({ occurredAt: future, position: "north of Lampedusa", version: 1 })).toEqual({
      occurredAt: "Time cannot be in the future.",
      position: expect.stringMatching(/\.$/),
    });
    expect(errorsOf({ occurredAt: "", position: "", version: "" })).toEqual({
      occurredAt: "Time is required.", position: expect.stringMatching(/^Position is required/), version: expect.stringMatching(/version/),
    });
  });
});
