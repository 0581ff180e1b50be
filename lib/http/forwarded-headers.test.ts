import { afterEach, describe, expect, it, vi } from "vitest";
import { believableHeaders, isHttps } from "./forwarded-headers";

const forged = () => new Headers({
  host: "localhost:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-forwarded-port": "443",
  "x-forwarded-for": "203.0.113.9", forwarded: "host=evil.example;proto=https", cookie: "a=b",
});

describe("forwarded headers", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("are dropped, and https is not believed, unless TRUST_PROXY=1", () => {
    vi.stubEnv("TRUST_PROXY", "");
    vi.stubEnv("NEXTAUTH_URL", "");
    expect([...believableHeaders(forged()).keys()]).toEqual(["cookie", "host"]);
    expect(isHttps(forged())).toBe(false);
  });

  it("pass from a trusted proxy, whose first X-Forwarded-Proto tells https", () => {
    vi.stubEnv("TRUST_PROXY", "1");
    vi.stubEnv("NEXTAUTH_URL", "");
    expect(believableHeaders(forged()).get("x-forwarded-host")).toBe("evil.example");
    expect(isHttps(forged())).toBe(true);
    expect(isHttps(new Headers({ "x-forwarded-proto": "http, https" }))).toBe(false);
  });

  it("do not matter when the public URL is https", () => {
    vi.stubEnv("TRUST_PROXY", "");
    vi.stubEnv("NEXTAUTH_URL", "https://ledger.example.org");
    expect(isHttps(new Headers())).toBe(true);
  });
});
