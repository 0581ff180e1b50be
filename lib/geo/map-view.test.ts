import { describe, expect, it } from "vitest";
import { backgroundSvg, landPath, linePath, project, sarRegionPaths, viewAround, viewFitting } from "./map-view";

const numbersOf = (d: string) => [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe("map view", () => {
  const view = viewAround(33.25, 12.6, 90, 400);

  it("centres the point and keeps the map undistorted", () => {
    // Mercator stretches northwards, so the centre latitude sits slightly below the middle.
    expect(project(view, 12.6, 33.25)).toEqual([200, expect.closeTo(view.height / 2, -1)]);
    // 180 nm of latitude over 180 nm of longitude: a square at this scale, within Mercator's stretch.
    expect(view.height).toBeGreaterThan(395);
    expect(view.height).toBeLessThan(410);
  });

  it("puts the view's corners on the drawing's corners, and known places where they belong", () => {
    expect(project(view, view.west, view.north)).toEqual([0, 0]);
    // The height is rounded to whole pixels.
    expect(project(view, view.east, view.south)).toEqual([400, expect.closeTo(view.height, 0)]);
    // Tripoli (32.9 N, 13.2 E) lies east of the centre and south of it; Lampedusa (35.5 N, 12.6 E) is outside, north.
    const [x, y] = project(view, 13.19, 32.89);
    expect(x).toBeGreaterThan(200);
    expect(y).toBeGreaterThan(view.height / 2);
    expect(project(view, 12.6, 35.5)[1]).toBeLessThan(0);
  });

  it("draws the Libyan coast south of a point 26 nm off Libya, and nothing for open ocean", () => {
    const d = landPath(view);
    expect(d.length).toBeGreaterThan(100);
    expect(Math.max(...numbersOf(d).map(([, y]) => y))).toBeGreaterThan(view.height / 2);
    expect(landPath(viewAround(20, -30, 60, 400))).toBe("");
  });

  it("clips the coastline to the view: a 40 nm map near Lampedusa carries a few hundred bytes, not the whole coast", () => {
    const lampedusa = viewAround(35.5, 12.6, 40, 360);
    const d = landPath(lampedusa);
    // The hand-written projection sent every ring touching the view: 27,995 characters for this map.
    expect(d.length).toBeGreaterThan(100);
    expect(d.length).toBeLessThan(2_000);
    for (const [x, y] of numbersOf(d)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(360);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(lampedusa.height);
    }
  });

  it("includes the SAR regions reaching into the view", () => {
    expect(sarRegionPaths(view).map((r) => r.name)).toContain("Libya");
  });

  it("draws a line through the points in the order given, and none for a single point", () => {
    const points = [[12.5, 33.5], [12.7, 33.2], [12.6, 33.0]] as const;
    const drawn = numbersOf(linePath(view, points));
    expect(drawn).toEqual(points.map(([lon, lat]) => project(view, lon, lat)));
    expect(linePath(view, [[12.5, 33.5]])).toBe("");
  });

  it("fits a whole track in the view, with a margin", () => {
    const track = [[12.1, 33.9], [13.4, 32.95], [12.6, 33.3]] as const;
    const fitted = viewFitting(track, 360, 5, 10);
    for (const [lon, lat] of track) {
      const [x, y] = project(fitted, lon, lat);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(360);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(fitted.height);
    }
    // A single point still gets a map of minRadiusNm to each side.
    const single = viewFitting([[12.6, 33.3]], 360, 5, 10);
    expect((single.north - single.south) * 60).toBeCloseTo(20);
  });

  it("draws the same background as a standalone SVG file", () => {
    const svg = backgroundSvg(view);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 400 \d+"/);
    expect(svg).toContain(`d="${landPath(view)}"`);
    for (const region of sarRegionPaths(view)) expect(svg).toContain(`d="${region.d}"`);
  });
});
