import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("hashes with argon2id and verifies only the right password", async () => {
    const stored = await hashPassword("ledger-demo-2016");
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored, "ledger-demo-2016")).toBe(true);
    expect(await verifyPassword(stored, "ledger-demo-2017")).toBe(false);
  });

  it("treats a malformed stored hash as a wrong password", async () => {
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
  });
});
