import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Role } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { createAdmin, createOrganization, createUser } from "@/lib/test/factories";
import { asStored, brokenForm, hasErrorOn, hostileValue, nastyText, notText, textLongerThan, typedText } from "@/lib/test/hostile-input";
import { everyRow, useOwnDatabase } from "@/lib/test/own-database";
import { changeUserRoleAction, createUserAction, resetUserPasswordAction, setUserActiveAction } from "./users";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user, requireUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const RUNS = 1_000;
// Each user created or password reset hashes a one-time password with argon2 (≈ 6 ms, 19 MiB): fewer runs.
const HASHING_RUNS = 10;
const ROLES = Object.values(Role);
let serial = 0;
const validUser = () => ({ name: "Nadia Rossi", email: `nadia-${++serial}@ngo.example`, role: "FIELD", organizationId: "" });

const INVALID = {
  name: fc.oneof(textLongerThan(200), fc.constantFrom("", "  ", "\u0000", "\u0000 \u0000"), notText),
  email: fc.oneof(
    fc.constantFrom("", " ", "nadia", "nadia@", "@ngo.example", "nadia@ngo", "na dia@ngo.example", "nadia@@ngo.example", "<script>@ngo.example", "nadia@ngo.example\u0000", "=1+1@ngo.example,x", "nädia@ngo.example"),
    fc.tuple(fc.stringMatching(/^[a-z]{1,64}$/), fc.integer({ min: 250, max: 5_000 })).map(([local, length]) => `${local}@${"a".repeat(length)}.example`),
    nastyText.filter((text) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text.trim())), notText,
  ),
  role: fc.oneof(fc.constantFrom("admin", "SUPERUSER", " ADMIN", "ADMIN\u0000", ""), nastyText.filter((text) => !(ROLES as string[]).includes(text)), fc.integer()),
  organizationId: fc.oneof(nastyText.filter((text) => text !== ""), notText, fc.constant(null)),
};

describe("user administration actions against hostile input (property, real database)", () => {
  let dropDatabase: () => Promise<void>;
  let admin: SessionUser;
  let colleagueId: string;
  let strangerId: string;

  beforeAll(async () => {
    dropDatabase = await useOwnDatabase("users_property");
    admin = session.user = (await createAdmin()).sessionUser;
    colleagueId = (await createUser(admin.organizationId, "FIELD")).user.id;
    strangerId = (await createUser((await createOrganization()).id, "FIELD")).user.id;
    vi.spyOn(console, "error");
  });
  afterAll(() => dropDatabase());

  afterEach(() => {
    // runAction logs unexpected errors: hostile input must never get that far.
    expect(console.error).not.toHaveBeenCalled();
  });

  it(`refuse ${RUNS.toLocaleString("en")} broken new-user forms with an error on each broken field, writing nothing`, async () => {
    const before = await everyRow();
    await fc.assert(fc.asyncProperty(brokenForm(validUser, INVALID), async ({ broken, form }) => {
      const result = await createUserAction(form);
      expect(result).toMatchObject({ ok: false, code: "invalid" });
      for (const field of broken) expect(hasErrorOn(result.ok ? {} : result.fieldErrors, field)).toBe(true);
    }), { numRuns: RUNS });
    expect(await everyRow()).toEqual(before);
  });

  it("refuse anything at all as a role change, an activation or a password reset, writing nothing", async () => {
    const before = await everyRow();
    const userId = fc.oneof(hostileValue, fc.constantFrom(colleagueId, strangerId, admin.id));
    const change = fc.oneof(hostileValue, fc.record({ userId, role: INVALID.role }), fc.record({ userId, isActive: fc.oneof(hostileValue.filter((v) => typeof v !== "boolean"), fc.constantFrom("true", "false", 0, 1)) }));
    await fc.assert(fc.asyncProperty(change, hostileValue, async (input, anything) => {
      expect(await createUserAction(anything)).toMatchObject({ ok: false, code: "invalid" });
      expect(await changeUserRoleAction(input)).toMatchObject({ ok: false, code: "invalid" });
      expect(await setUserActiveAction(input)).toMatchObject({ ok: false, code: "invalid" });
      expect(await resetUserPasswordAction(anything)).toMatchObject({ ok: false, code: "invalid" });
    }), { numRuns: RUNS });
    expect(await everyRow()).toEqual(before);
  });

  it("refuse changes to users the admin does not manage, and to their own access, writing nothing", async () => {
    const before = await everyRow();
    const target = fc.oneof(fc.uuid(), fc.constant(strangerId));
    await fc.assert(fc.asyncProperty(target, fc.constantFrom(...ROLES), fc.boolean(), async (userId, role, isActive) => {
      expect(await changeUserRoleAction({ userId, role })).toMatchObject({ ok: false, code: "not-found" });
      expect(await setUserActiveAction({ userId, isActive })).toMatchObject({ ok: false, code: "not-found" });
      if (role !== "ADMIN") expect(await changeUserRoleAction({ userId: admin.id, role })).toMatchObject({ ok: false, code: "forbidden" });
      expect(await setUserActiveAction({ userId: admin.id, isActive: false })).toMatchObject({ ok: false, code: "forbidden" });
      expect(await resetUserPasswordAction({ userId: admin.id })).toMatchObject({ ok: false, code: "forbidden" });
    }), { numRuns: 50 });
    expect(await everyRow()).toEqual(before);
  });

  it("apply valid role changes and activations, with one audit event per change", async () => {
    const change = fc.record({ role: fc.constantFrom(...ROLES), isActive: fc.boolean(), extra: fc.constantFrom({}, { organizationId: admin.organizationId, tokenVersion: 0 }) });
    await fc.assert(fc.asyncProperty(change, async ({ role, isActive, extra }) => {
      const before = await db.user.findUniqueOrThrow({ where: { id: colleagueId } });
      const events = await db.auditEvent.count({ where: { entityId: colleagueId } });
      expect(await changeUserRoleAction({ ...extra, userId: colleagueId, role })).toEqual({ ok: true, data: undefined });
      expect(await setUserActiveAction({ ...extra, userId: colleagueId, isActive })).toEqual({ ok: true, data: undefined });
      const after = await db.user.findUniqueOrThrow({ where: { id: colleagueId } });
      const changes = Number(before.role !== role) + Number(before.isActive !== isActive);
      expect(after).toMatchObject({ role, isActive, organizationId: admin.organizationId, tokenVersion: before.tokenVersion + changes });
      expect(await db.auditEvent.count({ where: { entityId: colleagueId } })).toBe(events + changes);
    }), { numRuns: 40 });
  });

  it("create users as typed (name without NUL, email trimmed and in lower case) in the admin's organization, and reset their passwords", async () => {
    const form = fc.record({
      name: typedText(["Nadia", "Ömer", "李"], 200),
      local: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._+-]{0,30}[A-Za-z0-9]$/).filter((local) => !local.includes("..")),
      padding: fc.constantFrom("", " ", "\t"), role: fc.constantFrom(...ROLES),
    });
    await fc.assert(fc.asyncProperty(form, async ({ name, local, padding, role }) => {
      const email = `${padding}${local}.${++serial}@NGO.example${padding}`;
      const created = await createUserAction({ name, email, role, organizationId: "", passwordHash: "x", isActive: false, mustChangePassword: false });
      expect(created).toMatchObject({ ok: true, data: { email: email.trim().toLowerCase(), oneTimePassword: expect.any(String) } });
      if (!created.ok) return;
      expect(await db.user.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({
        name: asStored(name), email: email.trim().toLowerCase(), role, organizationId: admin.organizationId, isActive: true, mustChangePassword: true,
      });
      expect(await createUserAction({ name, email: email.toUpperCase(), role })).toMatchObject({ ok: false, fieldErrors: { email: expect.any(Array) } });
      expect(await resetUserPasswordAction({ userId: created.data.id })).toMatchObject({ ok: true, data: { id: created.data.id, oneTimePassword: expect.any(String) } });
    }), { numRuns: HASHING_RUNS });
  });
});
