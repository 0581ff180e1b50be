import { describe, expect, it } from "vitest";
import { boundsOf, isInRings } from "./polygon";

const clockwise = [[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]];
const counterClockwise = [...clockwise].reverse();
const hole = [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]];

describe("isInRings", () => {
  it("ignores the winding order", () => {
    expect(isInRings(5, 2, [clockwise])).toBe(true);
    expect(isInRings(5, 2, [counterClockwise])).toBe(true);
    expect(isInRings(11, 2, [counterClockwise])).toBe(false);
  });

  it("cuts holes out whichever way they wind", () => {
    expect(isInRings(5, 5, [clockwise, hole])).toBe(false);
    expect(isInRings(5, 5, [counterClockwise, [...hole].reverse()])).toBe(false);
    expect(isInRings(2, 5, [clockwise, hole])).toBe(true);
  });
});

describe("boundsOf", () => {
  it("spans every ring", () => {
    expect(boundsOf([hole, [[-1, 7], [3, 12], [-1, 7]]])).toEqual({ west: -1, south: 4, east: 6, north: 12 });
  });
});
