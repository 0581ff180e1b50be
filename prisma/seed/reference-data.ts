import type { PrismaClient } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD, DEMO_USERS, ORGANIZATIONS, VESSELS } from "./organizations";
import { seedReferenceCase } from "./reference-case";

async function seedOrganizations(db: PrismaClient) {
  const { count } = await db.organization.createMany({
    data: ORGANIZATIONS.map(({ name, shortName, country }) => ({ name, shortName, country })),
    skipDuplicates: true,
  });
  const rows = await db.organization.findMany({ where: { shortName: { in: ORGANIZATIONS.map((o) => o.shortName) } } });
  return { count, idOf: (shortName: string) => rows.find((o) => o.shortName === shortName)!.id };
}

async function seedDemoUsers(db: PrismaClient, idOf: (shortName: string) => string) {
  const existing = await db.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } }, select: { email: true } });
  const missing = DEMO_USERS.filter((u) => !existing.some((e) => e.email === u.email));
  const passwordHash = missing.length ? await hashPassword(DEMO_PASSWORD) : "";
  const { count } = await db.user.createMany({
    data: missing.map(({ email, name, role, organization }) => ({ email, name, role, organizationId: idOf(organization), passwordHash })),
    skipDuplicates: true,
  });
  const users = await db.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } }, select: { id: true, email: true } });
  return { count, idOf: (email: string) => users.find((u) => u.email === email)!.id };
}

/** Organizations, their vessels, one demo user per role and organization, and the reference case. Idempotent. */
export async function seedReferenceData(db: PrismaClient) {
  const organizations = await seedOrganizations(db);
  const vessels = await db.vessel.createMany({
    data: VESSELS.map(({ name, organization, kind, flagState }) => ({ name, kind, flagState, organizationId: organizations.idOf(organization) })),
    skipDuplicates: true,
  });
  const users = await seedDemoUsers(db, organizations.idOf);

  const msfId = organizations.idOf("MSF");
  const argos = await db.vessel.findUniqueOrThrow({ where: { name_organizationId: { name: "Bourbon Argos", organizationId: msfId } } });
  const incidents = await seedReferenceCase(db, {
    organizationId: msfId,
    vesselId: argos.id,
    fieldUserId: users.idOf("field@msf.example"),
    coordinatorId: users.idOf("coordinator@msf.example"),
    seaWatchId: organizations.idOf("SW"),
  });

  return { organizations: organizations.count, vessels: vessels.count, users: users.count, incidents };
}
