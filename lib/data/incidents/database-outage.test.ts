import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createIncidentAction, updateIncidentAction } from "@/lib/actions/incidents";
import * as audit from "@/lib/data/audit";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { createOrganization, createUser, incidentFormValues } from "@/lib/test/factories";
import { startThrowawayPostgres, type ThrowawayPostgres } from "@/lib/test/throwaway-postgres";
import { createIncident } from "./create-incident";
import { getIncident } from "./get-incident";

vi.mock("@/lib/data/audit", async (importOriginal) => {
  const original = await importOriginal<typeof audit>();
  return { ...original, recordAudit: vi.fn(original.recordAudit) };
});
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const realRecordAudit = (await vi.importActual<typeof audit>("@/lib/data/audit")).recordAudit;
type Tx = Parameters<typeof realRecordAudit>[0];

/** Runs `fault` inside the next incident transaction, just before its audit event: the last write. */
function faultBeforeAudit(fault: (tx: Tx) => Promise<void>) {
  const faulty = async (tx: Tx, event: audit.AuditInput) => {
    await fault(tx);
    return realRecordAudit(tx, event);
  };
  // Callers only await the result, so a plain promise stands in for Prisma's.
  vi.mocked(audit.recordAudit).mockImplementationOnce(faulty as unknown as typeof realRecordAudit);
}

const TRY_AGAIN = { ok: false, code: "unexpected", message: expect.stringMatching(/nothing was saved.*input is kept.*try again/i) };

// Whole-table counts: this server holds nothing but what these tests write.
const everything = async () => ({
  incidents: await db.incident.count(), injuries: await db.injury.count(), evacuations: await db.evacuation.count(),
  partners: await db.incidentPartner.count(), events: await db.auditEvent.count(), references: await db.referenceCounter.findMany(),
});

describe("incident writes when the database fails", () => {
  let server: ThrowawayPostgres;
  let user: SessionUser;
  let partnerId: string;
  const testUrl = process.env.DATABASE_URL;
  const withPartner = (overrides = {}) => incidentFormValues({ partners: [{ organizationId: partnerId, role: "TRANSFER" }], ...overrides });

  beforeAll(async () => {
    server = await startThrowawayPostgres();
    process.env.DATABASE_URL = server.url;
    const organization = await createOrganization();
    partnerId = (await createOrganization()).id;
    user = session.user = (await createUser(organization.id, "COORDINATOR")).sessionUser;
    vi.spyOn(console, "error").mockImplementation(() => {});
  });

  afterAll(async () => {
    await db.$disconnect();
    await server?.destroy();
    process.env.DATABASE_URL = testUrl;
  });

  it("fails fast and cleanly while the database is down, and serves again once it is back, without a restart", async () => {
    const { id } = await createIncident(user, withPartner());
    await server.stop();
    await expect(getIncident(user, id)).rejects.toThrow();
    expect(await createIncidentAction(withPartner())).toEqual(TRY_AGAIN);
    expect(console.error).toHaveBeenCalledWith("Unexpected error in a server action", expect.anything());

    await server.start();
    expect(await getIncident(user, id)).toMatchObject({ id, dead: 29 });
    expect(await createIncidentAction(withPartner())).toMatchObject({ ok: true, data: { reference: `${user.organizationShortName}-2016-0002` } });
  });

  it("keeps nothing of a create when the database stops after its rows were written but before it committed", async () => {
    const before = await everything();
    let inTransaction = {};
    faultBeforeAudit(async (tx) => {
      inTransaction = { incidents: await tx.incident.count(), injuries: await tx.injury.count(), partners: await tx.incidentPartner.count() };
      await server.stop();
    });
    expect(await createIncidentAction(withPartner())).toEqual(TRY_AGAIN);
    // The incident, its injuries and its partner had been written when the database went away.
    expect(inTransaction).toEqual({ incidents: before.incidents + 1, injuries: before.injuries + 2, partners: before.partners + 1 });

    await server.start();
    expect(await everything()).toEqual(before);
    const retried = await createIncidentAction(withPartner());
    expect(retried).toMatchObject({ ok: true, data: { reference: `${user.organizationShortName}-2016-0003` } });
  });

  it("leaves an edit's case exactly as it was when its connection is cut after the rows were replaced", async () => {
    const { id } = await createIncident(user, withPartner());
    const stored = () => db.incident.findUniqueOrThrow({ where: { id }, include: { injuries: true, evacuations: true, partners: true, auditEvents: true } });
    const before = await stored();
    let inTransaction = {};
    faultBeforeAudit(async (tx) => {
      const injuries = await tx.injury.findMany({ where: { incidentId: id }, select: { count: true } });
      const [{ pid }] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
      const admin = new pg.Client({ connectionString: server.url });
      await admin.connect();
      const { rows } = await admin.query("SELECT pg_terminate_backend($1) AS terminated", [pid]).finally(() => admin.end());
      inTransaction = { injuries, terminated: rows[0].terminated };
    });
    const edit = withPartner({ version: 1, dead: "30", injuries: [{ type: "FUEL_BURN", severity: "SERIOUS", count: "23" }], reason: "Recount" });
    expect(await updateIncidentAction(id, edit)).toEqual(TRY_AGAIN);
    expect(inTransaction).toEqual({ injuries: [{ count: 23 }], terminated: true });

    expect(await stored()).toEqual(before);
    expect(await updateIncidentAction(id, edit)).toMatchObject({ ok: true });
    expect(await stored()).toMatchObject({ version: 2, dead: 30, injuries: [{ count: 23 }] });
  });
});
