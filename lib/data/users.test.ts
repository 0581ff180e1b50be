import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { createOrganization, createUser } from "@/lib/test/factories";
import { expectTakenOneAtATime } from "@/lib/test/password-attempts";
import { MAX_FAILED_SIGN_INS } from "./password-check";
import { authenticate } from "./sign-in";
import { changeOwnPassword, getSessionUser } from "./users";

const NEW_PASSWORD = "a much longer new password";

describe("changeOwnPassword", () => {
  it("checks the current password, stores the new one, ends sessions and clears a forced change", async () => {
    const { user, sessionUser, password } = await createUser((await createOrganization()).id);
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    await changeOwnPassword(sessionUser, { currentPassword: password, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(stored).toMatchObject({ mustChangePassword: false, tokenVersion: 1 });
    expect(await getSessionUser(user.id, 0)).toBeNull();
    const [event] = await db.auditEvent.findMany({ where: { entityId: user.id } });
    expect(event).toMatchObject({ action: "UPDATE", actorId: user.id, changes: { mustChangePassword: { from: true, to: false } } });
    expect(JSON.stringify(event.changes)).not.toContain(NEW_PASSWORD);
  });

  it("refuses a wrong current password on its field and changes nothing", async () => {
    const { user, sessionUser } = await createUser((await createOrganization()).id);
    await expect(changeOwnPassword(sessionUser, { currentPassword: "not it at all", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }))
      .rejects.toMatchObject({ code: "invalid", fieldErrors: { currentPassword: ["validation.password.wrongCurrent"] } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).tokenVersion).toBe(0);
  });

  it("counts wrong current passwords with sign-in's lock: 20 at once get 5 checks, then neither the form nor sign-in checks any", async () => {
    const { user, sessionUser, password } = await createUser((await createOrganization()).id);
    const attempts = Array.from({ length: 20 }, (_, i) => changeOwnPassword(sessionUser, { currentPassword: `wrong ${i}`, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    const refusals = (await Promise.allSettled(attempts)).map((r) => (r.status === "rejected" ? (r.reason as { fieldErrors?: Record<string, string[]> }).fieldErrors?.currentPassword?.[0] : "changed"));
    expect(refusals.filter((m) => m === "validation.password.wrongCurrent")).toHaveLength(MAX_FAILED_SIGN_INS - 1);
    expect(refusals.filter((m) => m === "validation.password.locked")).toHaveLength(20 - MAX_FAILED_SIGN_INS + 1);
    expect(await expectTakenOneAtATime(user.id)).toBe(MAX_FAILED_SIGN_INS);

    await expect(changeOwnPassword(sessionUser, { currentPassword: password, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }))
      .rejects.toMatchObject({ fieldErrors: { currentPassword: ["validation.password.locked"] } });
    expect(await authenticate(user.email, password)).toEqual({ ok: false, code: "locked" });
    expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash, password)).toBe(true);
  });

  it("shares one count with sign-in: four wrong sign-ins and one wrong current password lock the account", async () => {
    const { user, sessionUser, password } = await createUser((await createOrganization()).id);
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) await authenticate(user.email, `wrong ${i}`);
    await expect(changeOwnPassword(sessionUser, { currentPassword: "wrong again", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).rejects.toThrow();
    expect(await authenticate(user.email, password)).toEqual({ ok: false, code: "locked" });
    expect(await expectTakenOneAtATime(user.id)).toBe(MAX_FAILED_SIGN_INS);
  });
});
