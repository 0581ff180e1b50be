import { describe, expect, it } from "vitest";
import { BASE_POLICY, newNonce, pagePolicy } from "./content-security-policy";

describe("pagePolicy", () => {
  it("allows scripts only with the nonce, never inline or eval in production", () => {
    const policy = pagePolicy("abc", false);
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(policy).toContain("style-src-elem 'self' 'nonce-abc';");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(policy).toContain(BASE_POLICY);
  });

  it("allows eval and inline <style> in development only", () => {
    expect(pagePolicy("abc", true)).toMatch(/script-src[^;]*'unsafe-eval'/);
    expect(pagePolicy("abc", true)).toContain("style-src-elem 'self' 'unsafe-inline';");
  });
});

it("newNonce is fresh for every response", () => {
  expect(new Set(Array.from({ length: 100 }, newNonce)).size).toBe(100);
});
