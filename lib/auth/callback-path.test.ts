import { describe, expect, it } from "vitest";
import { callbackPath } from "./callback-path";

describe("callbackPath", () => {
  it.each(["/incidents/42", "/dashboard?period=this-year&status=VERIFIED", "/audit#top", "/%5Cevil.example"])("keeps the same-site path %j", (path) => {
    expect(callbackPath(path)).toBe(path);
  });

  it.each([
    "//evil.example", "/\\evil.example", "/\\/evil.example", "/\t/evil.example", "/\n/evil.example", "\\\\evil.example",
    "https://evil.example/incidents", "javascript:alert(1)", "evil.example", "", undefined,
  ])("sends %j to the incident list", (value) => {
    expect(callbackPath(value)).toBe("/incidents");
  });

  it("ignores a repeated parameter rather than failing", () => {
    expect(callbackPath(["/audit", "//evil.example"])).toBe("/incidents");
  });
});
