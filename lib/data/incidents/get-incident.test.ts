import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getSessionUser, type SessionUser } from "@/lib/data/users";
import { REFERENCE_CASE } from "@/prisma/seed/reference-case";
import { createOrganization, createUser, createVessel, incidentFormValues } from "@/lib/test/factories";
import { listPartnerOptions } from "@/lib/data/organizations";
import { listVesselOptions } from "@/lib/data/vessels";
import { createIncident } from "./create-incident";
import { getIncident } from "./get-incident";
import { findSameVesselSameDay } from "./same-vessel-day";

async function seededUser(email: string) {
  const { id } = await db.user.findUniqueOrThrow({ where: { email } });
  return (await getSessionUser(id, 0))!;
}

const seededIncidentId = async (reference: string) => (await db.incident.findUniqueOrThrow({ where: { reference } })).id;

describe("getIncident", () => {
  let msfField: SessionUser;
  let msfCoordinator: SessionUser;
  let seaWatch: SessionUser;
  let sosMed: SessionUser;
  let rescueId: string;

  beforeAll(async () => {
    [msfField, msfCoordinator, seaWatch, sosMed] = await Promise.all(
      ["field@msf.example", "coordinator@msf.example", "coordinator@sea-watch.example", "admin@sos-med.example"].map(seededUser),
    );
    rescueId = await seededIncidentId(REFERENCE_CASE.rescue);
  });

  it("shows the reference case with its figures, rows, partners, people, geography and allowed actions", async () => {
    const incident = await getIncident(msfCoordinator, rescueId);
    expect(incident).toMatchObject({
      reference: REFERENCE_CASE.rescue, status: "VERIFIED", rescued: 107, dead: 29, missing: 0, infants: 1,
      vessel: { name: "Bourbon Argos" }, organization: { shortName: "MSF" },
      createdBy: { name: "Amina Diallo" }, updatedBy: { name: "Tomás Herrera" },
      position: expect.stringMatching(/^33°15/), geography: { distanceToCoastNm: 26, nearestCountry: "Libya" },
      relation: "own", allowed: { edit: true, submit: false, verify: false, archive: true, delete: false },
    });
    expect(incident.injuries.reduce((sum, i) => sum + i.count, 0)).toBe(23);
    expect(incident.evacuations.map((e) => [e.count, e.means])).toEqual([[2, "HELICOPTER"], [5, "BOAT"]]);
    expect(incident.partners).toMatchObject([{ role: "BODY_RECOVERY", organization: { shortName: "SW" } }]);
  });

  it("tells field staff what they may do", async () => {
    expect((await getIncident(msfField, rescueId)).allowed).toEqual({ edit: false, submit: false, verify: false, archive: false, delete: false, audit: false });
  });

  it("shows a partner the case, read-only", async () => {
    const incident = await getIncident(seaWatch, rescueId);
    expect(incident).toMatchObject({ relation: "partner", allowed: { edit: false, submit: false, verify: false, archive: false, delete: false, audit: false } });
  });

  it("makes another organization's incident, a deleted one and a malformed id look missing", async () => {
    await expect(getIncident(sosMed, rescueId)).rejects.toMatchObject({ code: "not-found" });
    await expect(getIncident(msfField, "MSF-2016-0001")).rejects.toMatchObject({ code: "not-found" });
    await expect(getIncident(msfField, "6f1d3c2b-7a8e-4f90-b1c2-d3e4f5a6b7c8")).rejects.toMatchObject({ code: "not-found" });
  });
});

describe("findSameVesselSameDay", () => {
  it("finds the second rescue of the Bourbon Argos that day", async () => {
    const user = await seededUser("field@msf.example");
    const rescue = await getIncident(user, await seededIncidentId(REFERENCE_CASE.rescue));
    const others = await findSameVesselSameDay(user, rescue);
    expect(others.find((o) => o.reference === REFERENCE_CASE.secondRescue)).toMatchObject({ rescued: 139, boatType: "WOODEN" });
    expect(others.map((o) => o.reference)).not.toContain(REFERENCE_CASE.rescue);
    for (const other of others) expect(Math.abs(other.occurredAt.getTime() - rescue.occurredAt.getTime())).toBeLessThanOrEqual(24 * 3600 * 1000);
  });

  it("only returns incidents the user can read", async () => {
    const vessel = await createVessel(null, { kind: "COAST_GUARD" });
    const [a, b] = [await createOrganization(), await createOrganization()];
    const [userA, userB] = [(await createUser(a.id)).sessionUser, (await createUser(b.id)).sessionUser];
    const mine = await createIncident(userA, incidentFormValues({ vesselId: vessel.id }));
    await createIncident(userB, incidentFormValues({ vesselId: vessel.id, occurredAt: "2016-10-25T20:00:00Z" }));
    const incident = await getIncident(userA, mine.id);
    expect(await findSameVesselSameDay(userA, incident)).toEqual([]);
    expect(await findSameVesselSameDay(userA, { ...incident, vesselId: null })).toEqual([]);
  });
});

describe("form options", () => {
  it("lists vessels in service, the user's own first, keeping a retired one on request", async () => {
    const organization = await createOrganization();
    const { sessionUser } = await createUser(organization.id);
    const own = await createVessel(organization.id, { name: "ZZ own" });
    const retired = await createVessel(null, { isActive: false });
    const options = await listVesselOptions(sessionUser);
    expect(options[0]).toMatchObject({ id: own.id, organizationShortName: organization.shortName });
    expect(options.map((o) => o.id)).not.toContain(retired.id);
    expect((await listVesselOptions(sessionUser, { keep: retired.id })).map((o) => o.id)).toContain(retired.id);
  });

  it("lists every organization but the user's own as possible partners", async () => {
    const organization = await createOrganization();
    const { sessionUser } = await createUser(organization.id);
    const options = await listPartnerOptions(sessionUser);
    expect(options.map((o) => o.id)).not.toContain(organization.id);
    expect(options.map((o) => o.shortName)).toEqual(expect.arrayContaining(["MSF", "SW", "SOSM"]));
  });
});
