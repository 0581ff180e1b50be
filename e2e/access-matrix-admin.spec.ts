import { randomUUID } from "node:crypto";
import { expect } from "@playwright/test";
import { ADMIN_RESOURCES, type AdminResource, expectedOnAdminRecord, ROLES } from "../lib/test/access-rules";
import { pageStatus, test } from "./access-matrix-fixture";
import { createAdminRecord, type HttpWorld } from "./access-world";
import { callAction } from "./server-actions";

// The access matrix over HTTP for the admin pages and actions (access-matrix-fixture.ts).
const MANAGE: Record<AdminResource, { page: string; file: string; action: string; args: (id: string, world: HttpWorld) => unknown[] }> = {
  users: { page: "/admin/users", file: "users", action: "changeUserRoleAction", args: (userId) => [{ userId, role: "COORDINATOR" }] },
  vessels: { page: "/admin/vessels", file: "vessels", action: "setVesselActiveAction", args: (vesselId) => [{ vesselId, isActive: false }] },
  organizations: {
    page: "/admin/organizations", file: "organizations", action: "updateOrganizationAction",
    args: (id, world) => {
      const { name, shortName } = [world.own, world.other].find((o) => o.id === id)!;
      return [id, { name, shortName, country: "Access Matrix" }];
    },
  },
};

const CREATE: Record<AdminResource, { file: string; action: string; input: () => unknown }> = {
  users: { file: "users", action: "createUserAction", input: () => ({ name: "Matrix New", email: `matrix-new-${randomUUID().slice(0, 8)}@e2e.example`, role: "FIELD", organizationId: "" }) },
  vessels: { file: "vessels", action: "createVesselAction", input: () => ({ name: `Matrix New ${randomUUID().slice(0, 8)}`, kind: "RHIB", flagState: "", imo: "", mmsi: "", callSign: "", organizationId: "" }) },
  organizations: { file: "organizations", action: "createOrganizationAction", input: () => ({ name: `Matrix New ${randomUUID().slice(0, 8)}`, shortName: `N${randomUUID().slice(0, 6)}`.toUpperCase(), country: "Malta" }) },
};

test.describe("users, vessels and organizations: role × resource × own/other organization", () => {
  for (const role of ROLES) for (const resource of ADMIN_RESOURCES) for (const target of ["own", "other"] as const) {
    const expected = expectedOnAdminRecord(role, resource, target);
    test(`${role} manages ${resource} of the ${target} organization: page ${pageStatus(expected)}, action ${expected}`, async ({ matrix, as }) => {
      const { world, baseURL } = matrix;
      const { page, file, action, args } = MANAGE[resource];
      const record = await createAdminRecord(world.db, resource, target === "own" ? world.own.id : world.other.id);
      expect((await as[role].get(`${page}/${record.id}`)).status()).toBe(pageStatus(expected));
      const before = await record.read();
      const result = await callAction(as[role], baseURL, file, action, args(record.id, world), record.id);
      expect(result.ok ? "allowed" : result.code).toBe(expected);
      if (expected === "allowed") expect(await record.read()).not.toEqual(before);
      else expect(await record.read()).toEqual(before);
    });
  }

  for (const role of ROLES) for (const resource of ADMIN_RESOURCES) {
    const expected = expectedOnAdminRecord(role, resource, "new");
    test(`${role} creates ${resource}: ${expected}`, async ({ matrix, as }) => {
      const { file, action, input } = CREATE[resource];
      const result = await callAction(as[role], matrix.baseURL, file, action, [input()], randomUUID());
      expect(result.ok ? "allowed" : result.code).toBe(expected);
    });
  }
});
