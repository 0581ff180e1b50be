import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import pg from "pg";

// Users of a fresh organization for the security specs, written straight to the test database, and the
// secret the test server signs session tokens with (playwright.config.ts gives it to `next start`).
export const PASSWORD = "security checks password";

export type Member = { id: string; email: string; name: string; organizationId: string };

export async function withDb<T>(body: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    return await body(db);
  } finally {
    await db.end();
  }
}

export async function createMember(db: pg.Client, role: "FIELD" | "COORDINATOR" | "ADMIN" = "COORDINATOR"): Promise<Member> {
  const id = randomUUID().slice(0, 8);
  const { rows: [organization] } = await db.query<{ id: string }>(
    `INSERT INTO "Organization" (name, "shortName", country, "updatedAt") VALUES ($1, $2, 'Malta', now()) RETURNING id`, [`Security NGO ${id}`, `S${id}`.toUpperCase()]);
  const member = { email: `security-${id}@e2e.example`, name: `Security ${role.toLowerCase()} ${id}`, organizationId: organization.id };
  const { rows: [user] } = await db.query<{ id: string }>(
    `INSERT INTO "User" (email, name, "passwordHash", role, "organizationId", "updatedAt") VALUES ($1, $2, $3, $4, $5, now()) RETURNING id`,
    [member.email, member.name, await hash(PASSWORD), role, organization.id]);
  return { id: user.id, ...member };
}

export { E2E_AUTH_SECRET as AUTH_SECRET } from "./server-secret";
