import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { createAdmin, createOrganization, createUser } from "@/lib/test/factories";
import { changeUserRole, createManagedUser, findManagedUsers, generateOneTimePassword, getManagedUser, resetUserPassword, setUserActive } from "./admin-users";
import { getSessionUser } from "./users";
import { messageKey } from "@/lib/i18n/message-key";

const newUser = ({ organizationId }: { organizationId?: string } = {}) => ({ name: "Nadia Rossi", email: `nadia-${crypto.randomUUID()}@test.example`, role: "FIELD" as const, organizationId });
const events = (entityId: string) => db.auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" } });

describe("generateOneTimePassword", () => {
  it("makes long, unambiguous, different passwords", () => {
    const a = generateOneTimePassword();
    expect(a).toMatch(/^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$/);
    expect(a).not.toMatch(/[01lIoO]/);
    expect(generateOneTimePassword()).not.toBe(a);
  });
});

describe("findManagedUsers and getManagedUser", () => {
  it("lists only the admin's organization, without password data", async () => {
    const { sessionUser: admin, organization } = await createAdmin();
    const { user: colleague } = await createUser(organization.id);
    const { user: stranger } = await createUser((await createOrganization()).id);
    const users = await findManagedUsers(admin);
    expect(users.map((u) => u.id).sort()).toEqual([admin.id, colleague.id].sort());
    expect(users[0]).not.toHaveProperty("passwordHash");
    await expect(getManagedUser(admin, stranger.id)).rejects.toMatchObject({ code: "not-found" });
  });

  it("lists every organization's users for a platform operator", async () => {
    const { sessionUser: operator } = await createAdmin({ isPlatformOperator: true });
    const { user: stranger } = await createUser((await createOrganization()).id);
    expect((await findManagedUsers(operator)).some((u) => u.id === stranger.id)).toBe(true);
    expect(await getManagedUser(operator, stranger.id)).toMatchObject({ id: stranger.id });
  });

  it("refuses non-admins", async () => {
    const { sessionUser: coordinator } = await createUser((await createOrganization()).id, "COORDINATOR");
    await expect(findManagedUsers(coordinator)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("createManagedUser", () => {
  it("creates a user in the admin's organization with a one-time password and an audit event", async () => {
    const { sessionUser: admin, organization } = await createAdmin();
    const other = await createOrganization();
    const created = await createManagedUser(admin, newUser({ organizationId: other.id }));
    const stored = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ organizationId: organization.id, mustChangePassword: true, role: "FIELD" });
    expect(await verifyPassword(stored.passwordHash, created.oneTimePassword)).toBe(true);
    const [event] = await events(created.id);
    expect(event).toMatchObject({ action: "CREATE", entityType: "User", actorId: admin.id, organizationId: organization.id });
    expect(JSON.stringify(event.changes)).not.toContain(created.oneTimePassword);
  });

  it("lets a platform operator choose the organization, and requires one", async () => {
    const { sessionUser: operator } = await createAdmin({ isPlatformOperator: true });
    const other = await createOrganization();
    const created = await createManagedUser(operator, newUser({ organizationId: other.id }));
    expect((await db.user.findUniqueOrThrow({ where: { id: created.id } })).organizationId).toBe(other.id);
    await expect(createManagedUser(operator, newUser())).rejects.toMatchObject({ fieldErrors: { organizationId: [expect.any(String)] } });
  });

  it("refuses a duplicate email with a sentence on the field", async () => {
    const { sessionUser: admin } = await createAdmin();
    const input = newUser();
    await createManagedUser(admin, input);
    await expect(createManagedUser(admin, input)).rejects.toMatchObject({ code: "invalid", fieldErrors: { email: [messageKey("validation.admin.emailTaken", { email: input.email })] } });
  });
});

describe("access changes", () => {
  it("changes a role, ends the user's sessions and records from → to", async () => {
    const { sessionUser: admin, organization } = await createAdmin();
    const { user } = await createUser(organization.id, "FIELD");
    await changeUserRole(admin, { userId: user.id, role: "COORDINATOR" });
    expect(await getSessionUser(user.id, 0)).toBeNull();
    expect(await getSessionUser(user.id, 1)).toMatchObject({ role: "COORDINATOR" });
    expect((await events(user.id)).at(-1)).toMatchObject({ action: "UPDATE", changes: { role: { from: "FIELD", to: "COORDINATOR" } } });
  });

  it("leaves an unchanged role alone", async () => {
    const { sessionUser: admin, organization } = await createAdmin();
    const { user } = await createUser(organization.id, "FIELD");
    await changeUserRole(admin, { userId: user.id, role: "FIELD" });
    expect(await getSessionUser(user.id, 0)).not.toBeNull();
    expect(await events(user.id)).toEqual([]);
  });

  it("deactivates and reactivates, ending sessions", async () => {
    const { sessionUser: admin, organization } = await createAdmin();
    const { user } = await createUser(organization.id);
    await setUserActive(admin, { userId: user.id, isActive: false });
    expect(await getSessionUser(user.id, 1)).toBeNull();
    await setUserActive(admin, { userId: user.id, isActive: true });
    expect(await getSessionUser(user.id, 2)).not.toBeNull();
    expect((await events(user.id)).map((e) => e.changes)).toEqual([{ isActive: { from: true, to: false } }, { isActive: { from: false, to: true } }]);
  });

  it("refuses to let an admin lock themself out", async () => {
    const { sessionUser: admin } = await createAdmin();
    await expect(setUserActive(admin, { userId: admin.id, isActive: false })).rejects.toMatchObject({ code: "forbidden", message: messageKey("validation.admin.ownDeactivation") });
    await expect(changeUserRole(admin, { userId: admin.id, role: "COORDINATOR" })).rejects.toMatchObject({ message: messageKey("validation.admin.ownAdminRole") });
    await expect(resetUserPassword(admin, admin.id)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("cannot touch another organization's users", async () => {
    const { sessionUser: admin } = await createAdmin();
    const { user: stranger } = await createUser((await createOrganization()).id);
    await expect(changeUserRole(admin, { userId: stranger.id, role: "ADMIN" })).rejects.toMatchObject({ code: "not-found" });
    await expect(setUserActive(admin, { userId: stranger.id, isActive: false })).rejects.toMatchObject({ code: "not-found" });
    expect(await db.user.findUniqueOrThrow({ where: { id: stranger.id } })).toMatchObject({ role: "FIELD", isActive: true, tokenVersion: 0 });
  });

  it("lets a platform operator change another organization's user, recorded for that organization", async () => {
    const { sessionUser: operator } = await createAdmin({ isPlatformOperator: true });
    const other = await createOrganization();
    const { user } = await createUser(other.id);
    await changeUserRole(operator, { userId: user.id, role: "ADMIN" });
    expect((await events(user.id)).at(-1)).toMatchObject({ actorId: operator.id, organizationId: other.id });
  });

  it("resets a password: new one-time password, lockout lifted, sessions ended", async () => {
    const { sessionUser: admin, organization } = await createAdmin();
    const { user } = await createUser(organization.id);
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() + 600_000), failedLoginCount: 3 } });
    const { oneTimePassword } = await resetUserPassword(admin, user.id);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ mustChangePassword: true, lockedUntil: null, failedLoginCount: 0, tokenVersion: 1 });
    expect(await verifyPassword(stored.passwordHash, oneTimePassword)).toBe(true);
    expect(JSON.stringify((await events(user.id)).at(-1)?.changes)).not.toContain(oneTimePassword);
  });
});
