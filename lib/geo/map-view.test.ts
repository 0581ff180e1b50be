import { describe, expect, it } from "vitest";
import { backgroundSvg, landPath, project, sarRegionPaths, viewAround } from "./map-view";

describe("map view", () => {
  const view = viewAround(33.25, 12.6, 90, 400);

  it("centres the point and keeps the map undistorted", () => {
    // Mercator stretches northwards, so the centre latitude sits slightly below the middle.
    expect(project(view, 12.6, 33.25)).toEqual([200, expect.closeTo(view.height / 2, -1)]);
    // 180 nm of latitude over 180 nm of longitude: a square at this scale, within Mercator's stretch.
    expect(view.height).toBeGreaterThan(395);
    expect(view.height).toBeLessThan(410);
  });

  it("draws the Libyan coast south of a point 26 nm off Libya, and nothing for open ocean", () => {
    const d = landPath(view);
    expect(d.length).toBeGreaterThan(100);
    const ys = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[2]));
    expect(Math.max(...ys)).toBeGreaterThan(view.height / 2);
    expect(landPath(viewAround(20, -30, 60, 400))).toBe("");
  });

  it("includes the SAR regions reaching into the view", () => {
    expect(sarRegionPaths(view).map((r) => r.name)).toContain("Libya");
  });

  it("draws the same background as a standalone SVG file", () => {
    const svg = backgroundSvg(view);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 400 \d+"/);
    expect(svg).toContain(`d="${landPath(view)}"`);
    for (const region of sarRegionPaths(view)) expect(svg).toContain(`d="${region.d}"`);
  });
});
