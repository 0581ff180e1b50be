import { randomUUID } from "node:crypto";
import type { Prisma, Role } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users";

// Test data with unique names, so that test files can run in parallel against one database.
const unique = () => randomUUID().slice(0, 8);

export async function createOrganization(overrides: Partial<Prisma.OrganizationCreateInput> = {}) {
  const id = unique();
  return db.organization.create({ data: { name: `Test NGO ${id}`, shortName: `T${id}`.toUpperCase(), ...overrides } });
}

export async function createUser(organizationId: string, role: Role = "FIELD", password = "correct horse battery") {
  const user = await db.user.create({
    data: { email: `user-${unique()}@test.example`, name: `Test User`, role, organizationId, passwordHash: await hashPassword(password) },
    include: { organization: true },
  });
  const sessionUser: SessionUser = {
    id: user.id, email: user.email, name: user.name, role: user.role, organizationId, mustChangePassword: false,
    organizationName: user.organization.name, organizationShortName: user.organization.shortName,
  };
  return { user, sessionUser, password };
}

export async function createIncident(organizationId: string, data: Partial<Prisma.IncidentUncheckedCreateInput> = {}) {
  return db.incident.create({
    data: { reference: `TEST-${unique()}`, organizationId, occurredAt: new Date("2016-10-25T08:00:00Z"), rescued: 10, dead: 0, missing: 0, ...data },
  });
}
