import { describe, expect, it } from "vitest";
import { isDateFormat, plainDecimal, serialToIso } from "./cell-text";

describe("cell text", () => {
  it("writes numbers in plain decimal notation", () => {
    expect([29, -0.5, 33.25, 1e21, 1.5e-7, -2.5e22, 123456789012345680000].map(plainDecimal))
      .toEqual(["29", "-0.5", "33.25", "1000000000000000000000", "0.00000015", "-25000000000000000000000", "123456789012345680000"]);
  });

  it("turns date serials into ISO 8601 UTC, in both date systems", () => {
    expect(serialToIso(42668.270833333336, false)).toBe("2016-10-25T06:30:00.000Z");
    expect(serialToIso(1, false)).toBe("1900-01-01T00:00:00.000Z");
    expect(serialToIso(41206.270833333336, true)).toBe("2016-10-25T06:30:00.000Z");
  });

  it("tells date formats from others", () => {
    expect(isDateFormat(14, undefined)).toBe(true);
    expect(isDateFormat(2, undefined)).toBe(false);
    expect(isDateFormat(164, "yyyy-mm-dd hh:mm:ss")).toBe(true);
    expect(isDateFormat(165, "dd/mm/yyyy;@")).toBe(true);
    expect(isDateFormat(166, '0.00" days"')).toBe(false);
    expect(isDateFormat(167, "[h]:mm")).toBe(false);
    expect(isDateFormat(168, "[Red]#,##0")).toBe(false);
    expect(isDateFormat(169, "#,##0.00")).toBe(false);
  });
});
