import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { callbackPath } from "./callback-path";

// Where the browser ends up: the sign-in form hands the path to the router, which resolves it against the page.
const SITES = ["http://localhost:3000", "https://ledger.sea-rescue.example", "http://127.0.0.1:3100"];
const landsOn = (path: string, site: string) => new URL(path, `${site}/sign-in?callbackUrl=x`).origin;

describe("callbackPath", () => {
  it.each(["/incidents/42", "/dashboard?period=this-year&status=VERIFIED", "/audit#top", "/%5Cevil.example", "/incidents/../audit"])("keeps the same-site path %j", (path) => {
    expect(landsOn(callbackPath(path), SITES[0])).toBe(SITES[0]);
    expect(callbackPath(path)).toBe(new URL(path, SITES[0]).href.slice(SITES[0].length));
  });

  it.each([
    "//evil.example", "/\\evil.example", "/\\/evil.example", "/\t/evil.example", "/\n/evil.example", "\\\\evil.example",
    "https://evil.example/incidents", "javascript:alert(1)", "evil.example", "", undefined,
    // Dot-segments the URL parser removes, leaving "//evil.example/phish".
    "/.//evil.example/phish", "/..//evil.example/phish", "/%2e%2e//evil.example/phish", "/%2E//evil.example", "/./\\evil.example",
    "/a/..//evil.example", "/.\t.//evil.example", "/./%2e/.//evil.example", "/..\\\\evil.example",
  ])("sends %j to the incident list", (value) => {
    expect(callbackPath(value)).toBe("/incidents");
  });

  it("ignores a repeated parameter rather than failing", () => {
    expect(callbackPath(["/audit", "//evil.example"])).toBe("/incidents");
  });

  // Pieces that change how a URL is read: slashes either way, dot-segments plain and encoded, characters the
  // parser drops, hosts, credentials, ports, schemes.
  const PIECES = [
    "/", "\\", ".", "..", "%2e", "%2E", "%2e%2e", ".%2e", "%2f", "%2F", "%5c", "%5C", "\t", "\n", "\r", " ", "\u0000", "\u3002", "\uFF0F", "\uFF3C",
    "evil.example", "localhost", "@", ":", ":3000", "?", "#", "&", "=", "http:", "https:", "javascript:", "file:", "%00", "%", "incidents", "a",
  ];
  const urlLike = fc.oneof(
    fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join("")),
    fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => `/${parts.join("")}`),
    fc.webPath(), fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ unit: "binary" }),
  );

  it("returns, for any input, a path that the browser resolves to this site and that reads the same again (property)", () => {
    fc.assert(fc.property(urlLike, (value) => {
      const path = callbackPath(value);
      for (const site of SITES) expect(landsOn(path, site)).toBe(site);
      expect(path).toMatch(/^\/(?![/\\])/);
      expect(callbackPath(path)).toBe(path);
    }), { numRuns: 20_000 });
  });
});
