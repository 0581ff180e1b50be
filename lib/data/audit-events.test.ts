import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditFilterSchema } from "@/lib/schemas/audit-filter";
import { createAdmin, createIncident, createOrganization, createUser } from "@/lib/test/factories";
import { changeUserRole } from "./admin-users";
import { AUDIT_COUNT_CAP, AUDIT_PAGE_SIZE, findAuditEvents } from "./audit-events";

const filter = (query: Record<string, string> = {}) => auditFilterSchema.parse(query);

async function scenario() {
  const { sessionUser: admin, organization } = await createAdmin();
  const { user: field } = await createUser(organization.id, "FIELD");
  const incident = await createIncident(organization.id);
  const other = await createOrganization();
  const { user: stranger } = await createUser(other.id);
  await db.auditEvent.createMany({
    data: [
      { actorId: field.id, organizationId: organization.id, action: "SIGN_IN", entityType: "User", entityId: field.id, createdAt: new Date("2016-10-24T10:00:00Z") },
      { actorId: field.id, action: "SIGN_IN_FAILED", entityType: "User", entityId: field.id, createdAt: new Date("2016-10-25T10:00:00Z") },
      { action: "UPDATE", entityType: "Incident", incidentId: incident.id, changes: { dead: { from: 11, to: 29 } }, reason: "On closer examination", createdAt: new Date("2016-10-26T10:00:00Z") },
      { actorId: stranger.id, organizationId: other.id, action: "SIGN_IN", entityType: "User", entityId: stranger.id },
    ],
  });
  return { admin, field, incident };
}

describe("findAuditEvents", () => {
  it("shows the organization's events, its incidents' and its members', newest first", async () => {
    const { admin, field, incident } = await scenario();
    const { rows, total } = await findAuditEvents(admin, filter());
    expect(total).toBe(3);
    expect(rows.map((r) => r.action)).toEqual(["UPDATE", "SIGN_IN_FAILED", "SIGN_IN"]);
    expect(rows[0]).toMatchObject({ entityLabel: incident.reference, reason: "On closer examination" });
    expect(rows[2]).toMatchObject({ entityLabel: field.email, actor: { email: field.email } });
  });

  it("filters by actor, action, dates and incident reference", async () => {
    const { admin, field, incident } = await scenario();
    expect((await findAuditEvents(admin, filter({ actor: field.email.toUpperCase() }))).total).toBe(2);
    expect((await findAuditEvents(admin, filter({ action: "SIGN_IN" }))).total).toBe(1);
    expect((await findAuditEvents(admin, filter({ from: "2016-10-25", to: "2016-10-25" }))).rows.map((r) => r.action)).toEqual(["SIGN_IN_FAILED"]);
    expect((await findAuditEvents(admin, filter({ incident: incident.reference.toLowerCase() }))).total).toBe(1);
  });

  it("paginates", async () => {
    const { admin } = await scenario();
    const page2 = await findAuditEvents(admin, filter({ page: "2" }));
    expect(page2).toMatchObject({ rows: [], total: 3, page: 2, pageCount: 1 });
  });

  it(`counts up to ${AUDIT_COUNT_CAP} events and leaves the pages past them empty`, async () => {
    const { admin, field } = await scenario();
    await db.auditEvent.createMany({ data: Array.from({ length: AUDIT_COUNT_CAP }, () => ({ actorId: field.id, action: "READ" as const, entityType: "Incident" })) });
    const first = await findAuditEvents(admin, filter());
    expect(first).toMatchObject({ total: AUDIT_COUNT_CAP, isCapped: true, pageCount: AUDIT_COUNT_CAP / AUDIT_PAGE_SIZE });
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect((await findAuditEvents(admin, filter({ page: String(first.pageCount + 1) }))).rows).toEqual([]);
    expect(await findAuditEvents(admin, filter({ action: "SIGN_IN" }))).toMatchObject({ total: 1, isCapped: false });
  });

  it("labels user changes with the user's email", async () => {
    const { admin, field } = await scenario();
    await changeUserRole(admin, { userId: field.id, role: "COORDINATOR" });
    const [latest] = (await findAuditEvents(admin, filter({ action: "UPDATE" }))).rows;
    expect(latest).toMatchObject({ entityType: "User", entityLabel: field.email, changes: { role: { from: "FIELD", to: "COORDINATOR" } } });
  });

  it("is for coordinators and admins only", async () => {
    const { sessionUser: fieldUser } = await createUser((await createOrganization()).id, "FIELD");
    await expect(findAuditEvents(fieldUser, filter())).rejects.toMatchObject({ code: "forbidden" });
  });
});
