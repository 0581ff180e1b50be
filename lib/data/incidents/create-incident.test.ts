import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import * as audit from "@/lib/data/audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/app-error";
import { createOrganization, createUser, createVessel, incidentFormValues } from "@/lib/test/factories";
import { createIncident } from "./create-incident";
import { englishText } from "@/lib/i18n/english-text";

vi.mock("@/lib/data/audit", async (importOriginal) => {
  const original = await importOriginal<typeof audit>();
  return { ...original, recordAudit: vi.fn(original.recordAudit) };
});

type User = Awaited<ReturnType<typeof createUser>>["sessionUser"];

async function fieldUser() {
  const organization = await createOrganization();
  return { organization, user: (await createUser(organization.id, "FIELD")).sessionUser };
}

const writtenBy = async (user: User) => ({
  incidents: await db.incident.count({ where: { organizationId: user.organizationId } }),
  events: await db.auditEvent.count({ where: { organizationId: user.organizationId } }),
});

describe("createIncident", () => {
  let user: User;
  let partnerId: string;
  let vesselId: string;

  beforeAll(async () => {
    ({ user } = await fieldUser());
    partnerId = (await createOrganization()).id;
    vesselId = (await createVessel(user.organizationId)).id;
  });

  it("records the incident, its rows, derived geography and a CREATE snapshot in one go", async () => {
    const input = incidentFormValues({ vesselId, partners: [{ organizationId: partnerId, role: "BODY_RECOVERY" }] });
    const { id, reference } = await createIncident(user, input);
    expect(reference).toBe(`${user.organizationShortName}-2016-0001`);
    const stored = await db.incident.findUniqueOrThrow({ where: { id }, include: { injuries: true, evacuations: true, partners: true } });
    expect(stored).toMatchObject({
      status: "DRAFT", organizationId: user.organizationId, vesselId, rescued: 107, dead: 29, missing: 0, version: 1,
      latitude: 33.25, longitude: 12.6, positionText: "33°15.0'N 012°36.0'E", distanceToCoastNm: 26, nearestCountry: "Libya",
      createdById: user.id, updatedById: user.id,
    });
    expect(stored.sarRegions.length).toBeGreaterThan(0);
    expect(stored.injuries.map((i) => i.count).sort()).toEqual([11, 12]);
    expect(stored.evacuations.map((e) => e.count).sort()).toEqual([2, 5]);
    expect(stored.partners).toMatchObject([{ organizationId: partnerId, role: "BODY_RECOVERY" }]);

    const events = await db.auditEvent.findMany({ where: { incidentId: id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "CREATE", actorId: user.id, organizationId: user.organizationId, entityType: "Incident", entityId: id });
    expect(events[0].changes).toMatchObject({ reference, status: "DRAFT", dead: 29, rescued: 107, occurredAt: "2016-10-25T06:30:00.000Z", injuries: ["FUEL_BURN/MINOR: 12", "FUEL_BURN/SERIOUS: 11"] });
  });

  it("saves as SUBMITTED when the user submits, and numbers by the year of occurredAt", async () => {
    const { id, reference } = await createIncident(user, incidentFormValues({ intent: "submit", occurredAt: "2017-01-02T10:00:00Z" }));
    expect(reference).toBe(`${user.organizationShortName}-2017-0001`);
    expect(await db.incident.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SUBMITTED" });
  });

  it("writes nothing when the input is invalid, even if the caller skipped the form", async () => {
    const before = await writtenBy(user);
    await expect(createIncident(user, { ...incidentFormValues(), rescued: "1.5", position: "" })).rejects.toBeInstanceOf(z.ZodError);
    await expect(createIncident(user, { ...incidentFormValues(), personsOnBoard: 10 })).rejects.toBeInstanceOf(z.ZodError);
    expect(await writtenBy(user)).toEqual(before);
  });

  it("refuses a vessel or partner that does not exist, and the user's own organization as partner", async () => {
    const before = await writtenBy(user);
    const unknown = "0b6f3e1a-2c4d-4e5f-8a9b-0c1d2e3f4a5b";
    const error = await createIncident(user, incidentFormValues({
      vesselId: unknown,
      partners: [{ organizationId: user.organizationId, role: "TRANSFER" }, { organizationId: unknown, role: "TRANSFER" }],
    })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "invalid" });
    const fieldErrors = Object.entries((error as AppError).fieldErrors ?? {}).map(([field, messages]) => [field, messages.map(englishText)]);
    expect(Object.fromEntries(fieldErrors)).toEqual({
      vesselId: ["This vessel does not exist or is no longer in service: choose another."],
      "partners.0.organizationId": ["The organization that records the case cannot also be its partner: choose another organization."],
      "partners.1.organizationId": ["This organization does not exist: choose another."],
    });
    expect(await writtenBy(user)).toEqual(before);
  });

  it("leaves no incident, no audit event and no used number when the transaction fails", async () => {
    const { user: fresh } = await fieldUser();
    vi.mocked(audit.recordAudit).mockRejectedValueOnce(new Error("disk full"));
    await expect(createIncident(fresh, incidentFormValues())).rejects.toThrow("disk full");
    expect(await writtenBy(fresh)).toEqual({ incidents: 0, events: 0 });
    expect((await createIncident(fresh, incidentFormValues())).reference).toBe(`${fresh.organizationShortName}-2016-0001`);
  });

  it("gives 50 concurrent creates in one organization and year 50 distinct, consecutive references", async () => {
    const { user: busy } = await fieldUser();
    const started = performance.now();
    const created = await Promise.all(Array.from({ length: 50 }, () => createIncident(busy, incidentFormValues({ occurredAt: "2015-06-01T12:00:00Z" }))));
    const elapsed = Math.round(performance.now() - started);
    const numbers = created.map((c) => Number(c.reference.split("-").at(-1))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(await db.auditEvent.count({ where: { organizationId: busy.organizationId, action: "CREATE" } })).toBe(50);
    console.info(`50 concurrent creates: ${elapsed} ms`);
  });
});
