import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { type APIRequest, type APIRequestContext, expect } from "@playwright/test";
import pg from "pg";
import { type Relation, type Role, ROLES, type Status } from "../lib/test/access-rules";
import { type ImportKeys, keyColumns } from "../lib/test/import-cells";

// The access matrix's data, written straight to the test database (the specs run outside the app, where
// the generated Prisma client does not load): the acting organization with a user per role, an
// organization whose incidents list the actor's organization as partner, and an unrelated one.
const PASSWORD = "access matrix password";
const unique = () => randomUUID().slice(0, 8);

export type HttpWorld = Awaited<ReturnType<typeof createHttpWorld>>;

export async function createHttpWorld(db: pg.Client) {
  const organization = async () => {
    const id = unique();
    const { rows } = await db.query<{ id: string; name: string; shortName: string }>(
      `INSERT INTO "Organization" (name, "shortName", country, "updatedAt") VALUES ($1, $2, 'Malta', now()) RETURNING id, name, "shortName"`,
      [`Matrix NGO ${id}`, `X${id.slice(0, 7)}`.toUpperCase()],
    );
    return rows[0];
  };
  const [own, partnerOwner, other] = [await organization(), await organization(), await organization()];
  const passwordHash = await hash(PASSWORD);
  const emails = {} as Record<Role, string>;
  for (const role of ROLES) {
    emails[role] = `matrix-${role.toLowerCase()}-${unique()}@e2e.example`;
    await db.query(`INSERT INTO "User" (email, name, "passwordHash", role, "organizationId", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`, [
      emails[role], `Matrix ${role}`, passwordHash, role, own.id,
    ]);
  }
  return { db, own, partnerOwner, other, emails };
}

export type SessionState = Awaited<ReturnType<APIRequestContext["storageState"]>>;

/** Signs in through next-auth's credentials endpoint, as the sign-in form does; returns the session cookies. */
export async function signInState(requests: APIRequest, baseURL: string, email: string, password = PASSWORD): Promise<SessionState> {
  const request = await requests.newContext({ baseURL });
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" }, maxRedirects: 0 });
  const state = await request.storageState();
  await request.dispose();
  expect(state.cookies.map((c) => c.name), `sign-in of ${email}`).toContain("next-auth.session-token");
  return state;
}

/** A fresh incident in the given relation to the acting organization, with a vessel of its own to filter on. */
export async function createIncidentIn(world: HttpWorld, relation: Relation, status: Status, keys?: ImportKeys) {
  const owner = ownerOf(world, relation);
  const partnerId = { own: null, partner: world.own.id, other: world.partnerOwner.id }[relation];
  const vessel = await world.db.query<{ id: string }>(
    `INSERT INTO "Vessel" (name, kind, "organizationId", "updatedAt") VALUES ($1, 'RHIB', $2, now()) RETURNING id`,
    [`Matrix Vessel ${unique()}`, owner.id],
  );
  const vesselId = vessel.rows[0].id;
  const key = keyColumns(keys ?? { reference: `MATRIX-${unique()}`, externalId: null });
  const { rows } = await world.db.query<{ id: string; reference: string }>(
    `INSERT INTO "Incident" (reference, "externalId", "sourceDataset", "organizationId", status, "occurredAt", "vesselId", rescued, dead, missing, "updatedAt")
     VALUES ($1, $2, $3, $4, $5, '2016-10-25T08:00:00Z', $6, 10, 0, 0, now()) RETURNING id, reference`,
    [key.reference, key.externalId, key.sourceDataset, owner.id, status, vesselId],
  );
  if (partnerId) await world.db.query(`INSERT INTO "IncidentPartner" ("incidentId", "organizationId", role) VALUES ($1, $2, 'BODY_RECOVERY')`, [rows[0].id, partnerId]);
  return { ...rows[0], vesselId };
}

export const ownerOf = (world: HttpWorld, relation: Relation) => ({ own: world.own, partner: world.partnerOwner, other: world.other })[relation];

/** What a refused action must leave untouched: the row and its audit trail. */
export async function incidentState(db: pg.Client, id: string) {
  const { rows } = await db.query(
    `SELECT status, version, "deletedAt", "updatedAt", dead, (SELECT count(*)::int FROM "AuditEvent" WHERE "incidentId" = $1) AS events FROM "Incident" WHERE id = $1`,
    [id],
  );
  return rows[0] as { status: Status; version: number; deletedAt: Date | null; updatedAt: Date; dead: number; events: number };
}

/** A fresh user or vessel of the organization (organizations are their own record), and a read of it. */
export async function createAdminRecord(db: pg.Client, resource: "users" | "vessels" | "organizations", organizationId: string) {
  const insert = {
    users: () => db.query(`INSERT INTO "User" (email, name, "passwordHash", role, "organizationId", "updatedAt") VALUES ($1, 'Matrix Target', 'x', 'FIELD', $2, now()) RETURNING id`, [`matrix-target-${unique()}@e2e.example`, organizationId]),
    vessels: () => db.query(`INSERT INTO "Vessel" (name, kind, "organizationId", "updatedAt") VALUES ($1, 'RHIB', $2, now()) RETURNING id`, [`Matrix Target ${unique()}`, organizationId]),
    organizations: async () => ({ rows: [{ id: organizationId }] }),
  }[resource];
  const { id } = (await insert()).rows[0] as { id: string };
  const table = { users: `"User"`, vessels: `"Vessel"`, organizations: `"Organization"` }[resource];
  const read = async () => (await db.query(`SELECT to_jsonb(t) AS row FROM ${table} t WHERE id = $1`, [id])).rows[0].row as Record<string, unknown>;
  return { id, read };
}
