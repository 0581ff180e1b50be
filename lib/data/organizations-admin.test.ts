import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAdmin, createOrganization } from "@/lib/test/factories";
import { createOrganization as createManagedOrganization, findManagedOrganizations, getManagedOrganization, updateOrganization } from "./organizations-admin";
import { messageKey } from "@/lib/i18n/message-key";

const uniqueShortName = () => `X${crypto.randomUUID().slice(0, 6).toUpperCase()}`;
const input = (overrides = {}) => ({ name: `Rescue NGO ${crypto.randomUUID()}`, shortName: uniqueShortName(), country: "Italy", ...overrides });

describe("findManagedOrganizations and getManagedOrganization", () => {
  it("shows an admin their own organization only", async () => {
    const { sessionUser: admin, organization } = await createAdmin();
    const other = await createOrganization();
    expect((await findManagedOrganizations(admin)).map((o) => o.id)).toEqual([organization.id]);
    await expect(getManagedOrganization(admin, other.id)).rejects.toMatchObject({ code: "not-found" });
  });

  it("shows a platform operator every organization", async () => {
    const { sessionUser: operator } = await createAdmin({ isPlatformOperator: true });
    const other = await createOrganization();
    expect((await findManagedOrganizations(operator)).some((o) => o.id === other.id)).toBe(true);
    expect(await getManagedOrganization(operator, other.id)).toMatchObject({ id: other.id, _count: { users: 0, vessels: 0 } });
  });
});

describe("createOrganization", () => {
  it("is for platform operators only", async () => {
    const { sessionUser: admin } = await createAdmin();
    await expect(createManagedOrganization(admin, input())).rejects.toMatchObject({ code: "forbidden" });
  });

  it("creates an organization with its audit event", async () => {
    const { sessionUser: operator } = await createAdmin({ isPlatformOperator: true });
    const created = await createManagedOrganization(operator, input());
    expect(await db.auditEvent.findFirst({ where: { entityId: created.id } })).toMatchObject({ action: "CREATE", entityType: "Organization", organizationId: created.id });
  });

  it("refuses a duplicate short name or name (any case) with a sentence", async () => {
    const { sessionUser: operator } = await createAdmin({ isPlatformOperator: true });
    const first = await createManagedOrganization(operator, input());
    await expect(createManagedOrganization(operator, input({ shortName: first.shortName }))).rejects.toMatchObject({
      fieldErrors: { shortName: [messageKey("validation.admin.shortNameTaken", { shortName: first.shortName })] },
    });
    await expect(createManagedOrganization(operator, input({ name: first.name.toUpperCase() }))).rejects.toMatchObject({
      fieldErrors: { name: [messageKey("validation.admin.organizationNameTaken", { name: first.name })] },
    });
  });
});

describe("updateOrganization", () => {
  it("lets an admin edit their own organization and records from → to", async () => {
    const { sessionUser: admin, organization } = await createAdmin();
    const next = input({ name: organization.name });
    await updateOrganization(admin, organization.id, next);
    expect(await db.organization.findUniqueOrThrow({ where: { id: organization.id } })).toMatchObject(next);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: organization.id } });
    expect(event.changes).toEqual({ shortName: { from: organization.shortName, to: next.shortName }, country: { from: null, to: "Italy" } });
  });

  it("refuses another organization, and a short name in use", async () => {
    const { sessionUser: admin, organization } = await createAdmin();
    const other = await createOrganization();
    await expect(updateOrganization(admin, other.id, input())).rejects.toMatchObject({ code: "not-found" });
    await expect(updateOrganization(admin, organization.id, input({ shortName: "MSF" }))).rejects.toMatchObject({ fieldErrors: { shortName: [expect.any(String)] } });
  });
});
