import { describe, expect, it } from "vitest";
import { formatPosition, parsePosition } from "./parse-position";
import { englishText } from "@/lib/i18n/english-text";

const DM = 33 + 7.4 / 60; // 33°07.4′
const DMS = 33 + 7 / 60 + 24 / 3600; // 33°07′24″, the same as 33°07.4′
const D7 = 33 + 7 / 60;

const valid: [input: string, latitude: number, longitude: number][] = [
  ["33.1234, 12.5", 33.1234, 12.5],
  ["33.1234 12.5", 33.1234, 12.5],
  ["33.1234,12.5", 33.1234, 12.5],
  ["  33.1234 ,   12.5  ", 33.1234, 12.5],
  ["-33.5, -12.25", -33.5, -12.25],
  ["+33.5 +12.5", 33.5, 12.5],
  ["−33.5 −12.25", -33.5, -12.25],
  ["33.5; 12.5", 33.5, 12.5],
  ["33.5/12.5", 33.5, 12.5],
  ["33.5-12.5", 33.5, -12.5],
  ["33.1234°N 12.5°E", 33.1234, 12.5],
  ["33°07.4'N 012°30.0'E", DM, 12.5],
  ["33 07.4N 12 30.0E", DM, 12.5],
  ["33°07.4′N, 12°30′E", DM, 12.5],
  ["33º07.4'N 12º30.0'E", DM, 12.5],
  ["33-07.4N 012-30.0E", DM, 12.5],
  ["N33 07.4 E12 30.0", DM, 12.5],
  ["N 33°07.4' E 012°30.0'", DM, 12.5],
  ["33°07'24\"N 12°30'00\"E", DMS, 12.5],
  ["33°07′24″N 12°30′00″E", DMS, 12.5],
  ["33°07’24”N 12°30’00”E", DMS, 12.5],
  ["33°07'24''N 12°30'00''E", DMS, 12.5],
  ["12 30E 33 07N", D7, 12.5],
  ["012°30.0'E, 33°07.4'N", DM, 12.5],
  ["12.25W 33.5S", -33.5, -12.25],
  ["33°30'S 012°15'W", -33.5, -12.25],
  ["S33.5 W12.25", -33.5, -12.25],
  ["33°07.4'N 012°30.0'W", DM, -12.5],
  ["33.5n 12.5e", 33.5, 12.5],
  ["n 33.5 e 12.5", 33.5, 12.5],
  ["33.5 North, 12.5 East", 33.5, 12.5],
  ["33.5N 12.5", 33.5, 12.5],
  ["33.5 12.5E", 33.5, 12.5],
  ["33.5N -12.5", 33.5, -12.5],
  ["33 07 12 30", D7, 12.5],
  ["33 07 24 12 30 00", DMS, 12.5],
  ["33,5 12,25", 33.5, 12.25],
  ["33°07,4'N 012°30,0'E", DM, 12.5],
  ["Lat 33.1234, Lon 12.5", 33.1234, 12.5],
  ["lat: 33.1234 long: 12.5", 33.1234, 12.5],
  ["90 180", 90, 180],
  ["-90 -180", -90, -180],
  ["90S 180W", -90, -180],
  ["90°00'N 180°00'E", 90, 180],
  ["0 0", 0, 0],
  ["0°00.0'N 000°00.0'E", 0, 0],
  ["0.0001 -0.0001", 0.0001, -0.0001],
];

const invalid: [input: string, error: string][] = [
  ["", "Enter a latitude and a longitude, e.g. 33°07.4'N 012°30.0'E"],
  ["   ", "Enter a latitude and a longitude, e.g. 33°07.4'N 012°30.0'E"],
  ["33.5", "Enter a latitude and a longitude, e.g. 33°07.4'N 012°30.0'E"],
  ["33°07.4'N", "Enter a latitude and a longitude, e.g. 33°07.4'N 012°30.0'E"],
  ["abc", `Remove "abc": use numbers, ° ' " and N, S, E or W, e.g. 33°07.4'N 012°30.0'E`],
  ["33.5 12.5 x", `Remove "x": use numbers, ° ' " and N, S, E or W, e.g. 33°07.4'N 012°30.0'E`],
  ["33.5 * 12.5", `Remove "*": use numbers, ° ' " and N, S, E or W, e.g. 33°07.4'N 012°30.0'E`],
  ["95 12", "Latitude must be between 90°S and 90°N"],
  ["-90.5 0", "Latitude must be between 90°S and 90°N"],
  ["90.0001 0", "Latitude must be between 90°S and 90°N"],
  ["91N 12E", "Latitude must be between 90°S and 90°N"],
  ["33 190", "Longitude must be between 180°W and 180°E"],
  ["33 -180.01", "Longitude must be between 180°W and 180°E"],
  ["33 65.0N 12 30E", "Minutes must be below 60"],
  ["33 75 12 30", "Minutes must be below 60"],
  ["33°60'N 12°30'E", "Minutes must be below 60"],
  ["33 07 75N 12 30 00E", "Seconds must be below 60"],
  ["33N 12N", "Give one latitude (N or S) and one longitude (E or W)"],
  ["12E 33W", "Give one latitude (N or S) and one longitude (E or W)"],
  ["-33S 12E", "Use either a minus sign or a hemisphere letter, not both"],
  ["33.5 07N 12 30E", "Degrees must be a whole number when minutes follow"],
  ["33 07.5 24N 12 30 00E", "Minutes must be a whole number when seconds follow"],
  ["33°07.4'N 12'30.0°E", "Write each coordinate as degrees, then minutes, then seconds, e.g. 33°07.4'N 012°30.0'E"],
  ["33.5 12.5 14", "Separate the latitude and the longitude with a comma, e.g. 33.1234, 12.5"],
  ["33.5,,12", "Separate the latitude and the longitude with a comma, e.g. 33.1234, 12.5"],
  ["33 07 24 12 30", "Separate the latitude and the longitude with a comma, e.g. 33.1234, 12.5"],
];

describe("parsePosition", () => {
  it.each(valid)("reads %j", (input, latitude, longitude) => {
    const result = parsePosition(input);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expect(result.latitude).toBeCloseTo(latitude, 9);
    expect(result.longitude).toBeCloseTo(longitude, 9);
    expect(result.normalized).toBe(formatPosition(latitude, longitude));
  });

  it.each(invalid)("rejects %j with a sentence that says how to fix it", (input, error) => {
    const result = parsePosition(input);
    expect(result.ok).toBe(false);
    expect(englishText(result.ok ? "" : result.error)).toBe(`${error}.`);
  });

  it("normalizes every format to the same display form", () => {
    const forms = ["33.123333333333, 12.5", "33°07.4'N 012°30.0'E", "33 07 24N 12 30 00E", "12 30.0E 33 07.4N"];
    expect(new Set(forms.map((f) => (parsePosition(f) as { normalized: string }).normalized))).toEqual(
      new Set(["33°07.400′N 012°30.000′E"]),
    );
  });
});

describe("formatPosition", () => {
  it("writes degrees and decimal minutes, zero-padded, with hemisphere letters", () => {
    expect(formatPosition(DM, 12.5)).toBe("33°07.400′N 012°30.000′E");
    expect(formatPosition(-0.5, -0.25)).toBe("00°30.000′S 000°15.000′W");
    expect(formatPosition(-90, 180)).toBe("90°00.000′S 180°00.000′E");
    expect(formatPosition(35.8989, 14.5146)).toBe("35°53.934′N 014°30.876′E");
  });

  it("carries rounded-up minutes into the degrees and never shows a signed zero", () => {
    expect(formatPosition(33.9999999, 12.9999999)).toBe("34°00.000′N 013°00.000′E");
    expect(formatPosition(-0.000001, -0.000001)).toBe("00°00.000′N 000°00.000′E");
  });

  it("reads back through parsePosition to within 0.001′", () => {
    for (const [lat, lon] of [[33.123456, 12.654321], [-45.5, -179.99], [0.0123, -0.0456], [89.9999, 179.9999]]) {
      const result = parsePosition(formatPosition(lat, lon));
      if (!result.ok) throw new Error(result.error);
      expect(Math.abs(result.latitude - lat) * 60).toBeLessThan(0.0006);
      expect(Math.abs(result.longitude - lon) * 60).toBeLessThan(0.0006);
    }
  });
});
