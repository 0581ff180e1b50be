import { describe, expect, it } from "vitest";
import { formatDateTime } from "./local-time";

describe("formatDateTime", () => {
  it("shows the time zone it used", () => {
    expect(formatDateTime(new Date("2016-10-25T08:05:00Z"), "UTC")).toBe("25 Oct 2016, 08:05 UTC");
    expect(formatDateTime(new Date("2016-10-25T08:05:00Z"), "Europe/Rome")).toBe("25 Oct 2016, 10:05 CEST");
  });
});
