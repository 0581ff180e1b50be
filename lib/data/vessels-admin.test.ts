import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAdmin, createOrganization, createUser, createVessel as createTestVessel } from "@/lib/test/factories";
import { createVessel, findManagedVessels, getManagedVessel, setVesselActive, updateVessel } from "./vessels-admin";
import { messageKey } from "@/lib/i18n/message-key";

// Valid check digits, unique per test run (MMSI is unique too).
function uniqueImo() {
  const six = String(Math.floor(Math.random() * 900_000) + 100_000);
  const sum = [...six].reduce((total, d, i) => total + Number(d) * (7 - i), 0);
  return `${six}${sum % 10}`;
}
const uniqueMmsi = () => String(Math.floor(Math.random() * 900_000_000) + 100_000_000);
const input = (overrides = {}) => ({
  name: `Ocean ${crypto.randomUUID().slice(0, 8)}`, kind: "RESCUE_SHIP" as const, flagState: "Norway", imo: uniqueImo(), mmsi: uniqueMmsi(), callSign: "LAXY4", organizationId: null, ...overrides,
});

describe("vessel admin reads", () => {
  it("lists the admin's organization's vessels only", async () => {
    const { sessionUser: admin, organization } = await createAdmin();
    const own = await createTestVessel(organization.id);
    const other = await createTestVessel((await createOrganization()).id);
    expect((await findManagedVessels(admin)).map((v) => v.id)).toEqual([own.id]);
    await expect(getManagedVessel(admin, other.id)).rejects.toMatchObject({ code: "not-found" });
  });

  it("refuses coordinators", async () => {
    const { sessionUser } = await createUser((await createOrganization()).id, "COORDINATOR");
    await expect(findManagedVessels(sessionUser)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("createVessel", () => {
  it("creates an admin's vessel in their own organization whatever the input says, with an audit event", async () => {
    const { sessionUser: admin, organization } = await createAdmin();
    const other = await createOrganization();
    const vessel = await createVessel(admin, input({ organizationId: other.id }));
    expect(vessel.organizationId).toBe(organization.id);
    expect(await db.auditEvent.findFirst({ where: { entityId: vessel.id } })).toMatchObject({ action: "CREATE", entityType: "Vessel", organizationId: organization.id });
  });

  it("lets a platform operator choose any operator or none", async () => {
    const { sessionUser: operator } = await createAdmin({ isPlatformOperator: true });
    const other = await createOrganization();
    expect((await createVessel(operator, input({ organizationId: other.id }))).organizationId).toBe(other.id);
    expect((await createVessel(operator, input())).organizationId).toBeNull();
  });

  it("refuses a duplicate IMO, MMSI or name in the same organization", async () => {
    const { sessionUser: admin } = await createAdmin();
    const first = await createVessel(admin, input());
    await expect(createVessel(admin, input({ imo: first.imo }))).rejects.toMatchObject({ fieldErrors: { imo: [expect.stringContaining(first.name)] } });
    await expect(createVessel(admin, input({ mmsi: first.mmsi }))).rejects.toMatchObject({ fieldErrors: { mmsi: [expect.any(String)] } });
    await expect(createVessel(admin, input({ name: first.name.toLowerCase() }))).rejects.toMatchObject({ fieldErrors: { name: [messageKey("validation.admin.vesselNameTaken", { name: first.name })] } });
    const { sessionUser: otherAdmin } = await createAdmin();
    await expect(createVessel(otherAdmin, input({ name: first.name }))).resolves.toMatchObject({ name: first.name });
  });
});

describe("updateVessel and setVesselActive", () => {
  it("records changed fields only", async () => {
    const { sessionUser: admin } = await createAdmin();
    const vessel = await createVessel(admin, input());
    await updateVessel(admin, vessel.id, input({ name: vessel.name, imo: vessel.imo, mmsi: vessel.mmsi, callSign: "ABCD" }));
    const [, event] = await db.auditEvent.findMany({ where: { entityId: vessel.id }, orderBy: { id: "asc" } });
    expect(event.changes).toEqual({ callSign: { from: "LAXY4", to: "ABCD" } });
  });

  it("deactivates and refuses other organizations' vessels", async () => {
    const { sessionUser: admin, organization } = await createAdmin();
    const own = await createTestVessel(organization.id);
    const other = await createTestVessel((await createOrganization()).id);
    expect(await setVesselActive(admin, own.id, false)).toMatchObject({ isActive: false });
    await expect(setVesselActive(admin, other.id, false)).rejects.toMatchObject({ code: "not-found" });
    await expect(updateVessel(admin, other.id, input())).rejects.toMatchObject({ code: "not-found" });
  });
});
