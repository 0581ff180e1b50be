import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createOrganization, createUser } from "@/lib/test/factories";
import { expectTakenOneAtATime } from "@/lib/test/password-attempts";
import { MAX_FAILED_SIGN_INS } from "./password-check";
import { authenticate } from "./sign-in";
import { getSessionUser } from "./users";

async function freshUser() {
  const org = await createOrganization();
  return createUser(org.id, "COORDINATOR");
}

const auditActions = async (userId: string) =>
  (await db.auditEvent.findMany({ where: { entityId: userId }, orderBy: { id: "asc" } })).map((e) => e.action);

describe("authenticate", () => {
  it("signs in with the right password and records the sign-in", async () => {
    const { user, password } = await freshUser();
    const result = await authenticate(user.email, password);
    expect(result).toMatchObject({ ok: true, user: { id: user.id } });
    expect(await auditActions(user.id)).toEqual(["SIGN_IN"]);
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    const { user } = await freshUser();
    expect(await authenticate(user.email, "wrong password")).toEqual({ ok: false, code: "invalid" });
    expect(await authenticate("nobody@test.example", "wrong password")).toEqual({ ok: false, code: "invalid" });
  });

  it(`locks the account after ${MAX_FAILED_SIGN_INS} failures, even against the right password`, async () => {
    const { user, password } = await freshUser();
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) expect(await authenticate(user.email, "wrong")).toEqual({ ok: false, code: "invalid" });
    expect(await authenticate(user.email, "wrong")).toEqual({ ok: false, code: "locked" });
    expect(await authenticate(user.email, password)).toEqual({ ok: false, code: "locked" });
    expect(await auditActions(user.id)).toContain("LOCK");
  });

  it("counts every failure of parallel attempts", async () => {
    const { user, password } = await freshUser();
    await Promise.all(Array.from({ length: MAX_FAILED_SIGN_INS }, () => authenticate(user.email, "wrong")));
    expect(await authenticate(user.email, password)).toEqual({ ok: false, code: "locked" });
  });

  it("takes parallel attempts one at a time: 20 wrong passwords at once get 5 checks and lock the account", async () => {
    const { user, password } = await freshUser();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => authenticate(user.email, `wrong ${i}`)));
    expect(results.filter((r) => !r.ok && r.code === "invalid")).toHaveLength(MAX_FAILED_SIGN_INS - 1);
    expect(results.filter((r) => !r.ok && r.code === "locked")).toHaveLength(20 - MAX_FAILED_SIGN_INS + 1);
    expect(await expectTakenOneAtATime(user.id)).toBe(MAX_FAILED_SIGN_INS);
    expect(await authenticate(user.email, password)).toEqual({ ok: false, code: "locked" });
  });

  it("never lets a right password among parallel wrong ones clear the lock they set", async () => {
    for (let round = 0; round < 3; round++) {
      const { user, password } = await freshUser();
      const guesses = [...Array.from({ length: 19 }, (_, i) => `wrong ${i}`), password];
      await Promise.all(guesses.map((guess) => authenticate(user.email, guess)));
      expect(await expectTakenOneAtATime(user.id)).toBeLessThanOrEqual(2 * MAX_FAILED_SIGN_INS);
      expect(await authenticate(user.email, password)).toEqual({ ok: false, code: "locked" });
    }
  });

  it("refuses a deactivated user", async () => {
    const { user, password } = await freshUser();
    await db.user.update({ where: { id: user.id }, data: { isActive: false } });
    expect(await authenticate(user.email, password)).toEqual({ ok: false, code: "invalid" });
  });
});

describe("getSessionUser", () => {
  it("ends sessions of deactivated users and tokens older than the user's token version", async () => {
    const { user } = await freshUser();
    expect(await getSessionUser(user.id, 0)).toMatchObject({ id: user.id, role: "COORDINATOR" });
    await db.user.update({ where: { id: user.id }, data: { tokenVersion: 1 } });
    expect(await getSessionUser(user.id, 0)).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { isActive: false } });
    expect(await getSessionUser(user.id, 1)).toBeNull();
  });
});
