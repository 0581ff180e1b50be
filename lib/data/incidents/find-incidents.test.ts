import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createIncident, createOrganization, createUser } from "@/lib/test/factories";
import { findIncidents, PAGE_SIZE } from "./find-incidents";

describe("findIncidents", () => {
  let own: Awaited<ReturnType<typeof createOrganization>>;
  let user: Awaited<ReturnType<typeof createUser>>["sessionUser"];
  const references: Record<string, string> = {};

  beforeAll(async () => {
    own = await createOrganization();
    const partner = await createOrganization();
    const other = await createOrganization();
    user = (await createUser(own.id)).sessionUser;
    references.own = (await createIncident(own.id, { occurredAt: new Date("2016-10-25T08:00:00Z") })).reference;
    const partnered = await createIncident(partner.id, { occurredAt: new Date("2016-10-26T08:00:00Z") });
    await db.incidentPartner.create({ data: { incidentId: partnered.id, organizationId: own.id, role: "BODY_RECOVERY" } });
    references.partnered = partnered.reference;
    references.other = (await createIncident(other.id)).reference;
    references.deleted = (await createIncident(own.id, { deletedAt: new Date() })).reference;
  });

  it("returns the organization's incidents and those it partnered on, newest first", async () => {
    const { rows, total } = await findIncidents(user, { page: 1 });
    expect(rows.map((r) => r.reference)).toEqual([references.partnered, references.own]);
    expect(total).toBe(2);
  });

  it("never returns another organization's or a deleted incident", async () => {
    const { rows } = await findIncidents(user, { page: 1 });
    expect(rows.map((r) => r.reference)).not.toContain(references.other);
    expect(rows.map((r) => r.reference)).not.toContain(references.deleted);
  });

  it("paginates", async () => {
    const busy = await createOrganization();
    const busyUser = (await createUser(busy.id)).sessionUser;
    await db.incident.createMany({
      data: Array.from({ length: PAGE_SIZE + 3 }, (_, i) => ({
        reference: `${busy.shortName}-${i}`, organizationId: busy.id, occurredAt: new Date(Date.UTC(2015, 0, 1 + i)),
      })),
    });
    const first = await findIncidents(busyUser, { page: 1 });
    const second = await findIncidents(busyUser, { page: 2 });
    expect(first.pageCount).toBe(2);
    expect(first.rows).toHaveLength(PAGE_SIZE);
    expect(second.rows.map((r) => r.reference)).toEqual([`${busy.shortName}-2`, `${busy.shortName}-1`, `${busy.shortName}-0`]);
  });
});
