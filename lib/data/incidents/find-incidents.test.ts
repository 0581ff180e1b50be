import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseIncidentFilters } from "@/lib/schemas/incident-filters";
import { createIncident, createOrganization, createUser } from "@/lib/test/factories";
import { findIncidents, PAGE_SIZE } from "./find-incidents";

const ALL_STATUSES = ["DRAFT", "SUBMITTED", "VERIFIED", "ARCHIVED"];
const filters = (params: Record<string, string | string[]> = {}) => parseIncidentFilters({ status: ALL_STATUSES, ...params });
const references = async (user: Parameters<typeof findIncidents>[0], params: Record<string, string | string[]> = {}) =>
  (await findIncidents(user, filters(params))).rows.map((r) => r.reference);

describe("findIncidents", () => {
  let user: Awaited<ReturnType<typeof createUser>>["sessionUser"];
  const ref: Record<string, string> = {};

  beforeAll(async () => {
    const own = await createOrganization();
    const partner = await createOrganization();
    const other = await createOrganization();
    user = (await createUser(own.id)).sessionUser;
    const vessel = await db.vessel.create({ data: { name: `Test vessel ${own.shortName}`, kind: "RESCUE_SHIP", organizationId: own.id } });
    ref.own = (await createIncident(own.id, {
      occurredAt: new Date("2016-10-25T08:00:00Z"), status: "VERIFIED", vesselId: vessel.id, boatType: "INFLATABLE",
      sarRegions: ["Libya"], rescued: 107, dead: 29,
    })).reference;
    const partnered = await createIncident(partner.id, { occurredAt: new Date("2016-10-26T08:00:00Z"), status: "SUBMITTED", boatType: "WOODEN", rescued: 139 });
    await db.incidentPartner.create({ data: { incidentId: partnered.id, organizationId: own.id, role: "BODY_RECOVERY" } });
    ref.partnered = partnered.reference;
    ref.draft = (await createIncident(own.id, { occurredAt: new Date("2015-06-01T08:00:00Z"), status: "DRAFT", rescued: 5 })).reference;
    ref.other = (await createIncident(other.id, { status: "VERIFIED" })).reference;
    ref.deleted = (await createIncident(own.id, { status: "VERIFIED", deletedAt: new Date() })).reference;
  });

  it("returns the organization's incidents and those it partnered on, newest first", async () => {
    const { rows, total } = await findIncidents(user, filters());
    expect(rows.map((r) => r.reference)).toEqual([ref.partnered, ref.own, ref.draft]);
    expect(total).toBe(3);
  });

  it("never returns another organization's or a deleted incident", async () => {
    const found = await references(user);
    expect(found).not.toContain(ref.other);
    expect(found).not.toContain(ref.deleted);
  });

  it("shows submitted and verified incidents unless other statuses are chosen", async () => {
    expect(await findIncidents(user, parseIncidentFilters({})).then((r) => r.rows.map((x) => x.reference))).toEqual([ref.partnered, ref.own]);
    expect(await references(user, { status: "DRAFT" })).toEqual([ref.draft]);
  });

  it("filters by period, vessel, boat type and SAR region", async () => {
    expect(await references(user, { period: "custom", from: "2016-10-25", to: "2016-10-25" })).toEqual([ref.own]);
    expect(await references(user, { period: "custom", to: "2015-12-31" })).toEqual([ref.draft]);
    expect(await references(user, { boatType: "WOODEN" })).toEqual([ref.partnered]);
    expect(await references(user, { sarRegion: "Libya" })).toEqual([ref.own]);
    expect(await references(user, { sarRegion: "none" })).toEqual([ref.partnered, ref.draft]);
  });

  it("sorts by the figures", async () => {
    expect(await references(user, { sort: "most-rescued" })).toEqual([ref.partnered, ref.own, ref.draft]);
    expect(await references(user, { sort: "most-dead-missing" })).toEqual([ref.own, ref.partnered, ref.draft]);
    expect(await references(user, { sort: "oldest" })).toEqual([ref.draft, ref.own, ref.partnered]);
  });

  it("paginates", async () => {
    const busy = await createOrganization();
    const busyUser = (await createUser(busy.id)).sessionUser;
    await db.incident.createMany({
      data: Array.from({ length: PAGE_SIZE + 3 }, (_, i) => ({
        reference: `${busy.shortName}-${i}`, organizationId: busy.id, status: "VERIFIED" as const, occurredAt: new Date(Date.UTC(2015, 0, 1 + i)),
      })),
    });
    const first = await findIncidents(busyUser, filters());
    const second = await findIncidents(busyUser, filters({ page: "2" }));
    expect(first.pageCount).toBe(2);
    expect(first.rows).toHaveLength(PAGE_SIZE);
    expect(second.rows.map((r) => r.reference)).toEqual([`${busy.shortName}-2`, `${busy.shortName}-1`, `${busy.shortName}-0`]);
  });
});
