import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAdmin, createOrganization } from "@/lib/test/factories";
import { getAdminScope, isUniqueViolation } from "./admin-scope";

describe("getAdminScope", () => {
  it("limits an admin to their organization, and a platform operator to nothing", async () => {
    const { sessionUser: admin, organization } = await createAdmin();
    expect(await getAdminScope(admin)).toEqual({ isPlatformOperator: false, byOrganization: { organizationId: organization.id } });
    const { sessionUser: operator } = await createAdmin({ isPlatformOperator: true });
    expect(await getAdminScope(operator)).toEqual({ isPlatformOperator: true, byOrganization: {} });
  });
});

describe("isUniqueViolation", () => {
  it("recognizes a duplicate through the pg adapter", async () => {
    const organization = await createOrganization();
    const error = await db.organization.create({ data: { name: organization.name, shortName: "DUPTEST" } }).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(new Error("other"))).toBe(false);
  });
});
