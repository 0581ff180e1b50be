import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { createOrganization, createUser } from "@/lib/test/factories";
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
      .rejects.toMatchObject({ code: "invalid", fieldErrors: { currentPassword: ["The current password is wrong."] } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).tokenVersion).toBe(0);
  });
});
