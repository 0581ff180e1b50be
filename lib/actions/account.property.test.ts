import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { MAX_FAILED_SIGN_INS } from "@/lib/data/password-check";
import { MIN_PASSWORD_LENGTH } from "@/lib/schemas/password";
import { createOrganization, createUser } from "@/lib/test/factories";
import { brokenForm, hasErrorOn, hostileValue, nastyText, notText, textLongerThan } from "@/lib/test/hostile-input";
import { everyRow, useOwnDatabase } from "@/lib/test/own-database";
import { expectTakenOneAtATime } from "@/lib/test/password-attempts";
import { changePasswordAction } from "./account";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ requireUserForPasswordChange: async () => session.user }));

const RUNS = 1_000;
// A successful change verifies the old password and hashes the new one with argon2 (≈ 6 ms each): fewer runs.
const HASHING_RUNS = 10;
const NEW_PASSWORD = "a new and long passphrase";

// Field by field, values each field refuses on its own (the cross-field checks are the next test's).
const INVALID = {
  currentPassword: fc.oneof(fc.constant(""), textLongerThan(200), notText, fc.constant(null)),
  newPassword: fc.oneof(fc.string({ maxLength: MIN_PASSWORD_LENGTH - 1 }), textLongerThan(200), notText, fc.constant(null)),
  confirmPassword: fc.oneof(fc.constant(""), notText, fc.constant(null)),
};

describe("the password change action against hostile input (property, real database)", () => {
  let dropDatabase: () => Promise<void>;
  let password: string;
  const validForm = () => ({ currentPassword: password, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });

  beforeAll(async () => {
    dropDatabase = await useOwnDatabase("account_property");
    const created = await createUser((await createOrganization()).id, "FIELD");
    session.user = created.sessionUser;
    password = created.password;
    vi.spyOn(console, "error");
  });
  afterAll(() => dropDatabase());

  afterEach(() => {
    // runAction logs unexpected errors: hostile input must never get that far.
    expect(console.error).not.toHaveBeenCalled();
  });

  it(`refuse ${RUNS.toLocaleString("en")} broken forms with an error on each broken field, and anything at all, writing nothing`, async () => {
    const before = await everyRow();
    await fc.assert(fc.asyncProperty(brokenForm(validForm, INVALID), hostileValue, async ({ broken, form }, anything) => {
      const result = await changePasswordAction(form);
      expect(result).toMatchObject({ ok: false, code: "invalid" });
      for (const field of broken) expect(hasErrorOn(result.ok ? {} : result.fieldErrors, field)).toBe(true);
      expect(await changePasswordAction(anything)).toMatchObject({ ok: false, code: "invalid" });
    }), { numRuns: RUNS });
    expect(await everyRow()).toEqual(before);
  });

  const typed = fc.tuple(nastyText, fc.string({ minLength: MIN_PASSWORD_LENGTH, maxLength: 40 })).map(([a, b]) => `${a}${b}`.slice(0, 200));

  it("refuse two different new ones, or the current one again, writing nothing", async () => {
    const before = await everyRow();
    const mistake = fc.oneof(
      fc.tuple(typed, typed).filter(([a, b]) => a !== b).map(([a, b]) => ({ field: "confirmPassword", form: { ...validForm(), newPassword: a, confirmPassword: b } })),
      fc.constant(null).map(() => ({ field: "newPassword", form: { currentPassword: password, newPassword: password, confirmPassword: password } })),
    );
    await fc.assert(fc.asyncProperty(mistake, async ({ field, form }) => {
      const result = await changePasswordAction(form);
      expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { [field]: expect.any(Array) } });
    }), { numRuns: 100 });
    expect(await everyRow()).toEqual(before);
  });

  it("refuse a wrong current password on its field, writing only the failure count and failed-sign-in events, as a wrong sign-in", async () => {
    const id = session.user!.id;
    const [before, events] = [await db.user.findUniqueOrThrow({ where: { id } }), await db.auditEvent.count()];
    await fc.assert(fc.asyncProperty(typed.filter((wrong) => wrong !== password), async (wrong) => {
      const result = await changePasswordAction({ ...validForm(), currentPassword: wrong });
      expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { currentPassword: expect.any(Array) } });
    }), { numRuns: HASHING_RUNS });
    const withoutFailureCounts = (user: typeof before) => ({ ...user, failedLoginCount: 0, lockedUntil: null, updatedAt: null });
    expect(withoutFailureCounts(await db.user.findUniqueOrThrow({ where: { id } }))).toEqual(withoutFailureCounts(before));
    expect(await db.auditEvent.count()).toBe(events + HASHING_RUNS);
    // The fifth wrong one locks the account; later ones are refused unchecked.
    expect(await expectTakenOneAtATime(id)).toBe(MAX_FAILED_SIGN_INS);
    await db.user.update({ where: { id }, data: { failedLoginCount: 0, lockedUntil: null } });
  });

  it("change the password to any typed text of 12 to 200 characters, ending the other sessions", async () => {
    const newPassword = fc.tuple(nastyText, fc.string({ unit: "grapheme", minLength: MIN_PASSWORD_LENGTH, maxLength: 30 })).map(([a, b]) => `${b}${a}`.slice(0, 200));
    await fc.assert(fc.asyncProperty(newPassword, async (chosen) => {
      fc.pre(chosen !== password && chosen.length >= MIN_PASSWORD_LENGTH);
      const before = await db.user.findUniqueOrThrow({ where: { id: session.user!.id } });
      expect(await changePasswordAction({ currentPassword: password, newPassword: chosen, confirmPassword: chosen, mustChangePassword: true })).toEqual({ ok: true, data: undefined });
      const after = await db.user.findUniqueOrThrow({ where: { id: session.user!.id } });
      expect(after).toMatchObject({ tokenVersion: before.tokenVersion + 1, mustChangePassword: false });
      expect(await verifyPassword(after.passwordHash, chosen)).toBe(true);
      password = chosen;
    }), { numRuns: HASHING_RUNS });
  });
});
