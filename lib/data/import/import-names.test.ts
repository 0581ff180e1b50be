import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { csvRecord } from "@/lib/csv/writer";
import { db } from "@/lib/db";
import { createAdmin, createIncident, createOrganization, createUser, createVessel } from "@/lib/test/factories";
import { importIncidents, type ImportOptions } from "./import-incidents";
import { file } from "./import-test-files";

// "Create unknown vessels and organizations" creates them as the admin pages would, under their rules:
// organizations by administrators of the platform operator only, with a valid short name.
const commit: ImportOptions = { fileName: "names.csv", commit: true, allOrNothing: false, createUnknown: true };
const HEADER = "occurred_at,position_text,vessel,partners";
const row = (vessel: string, partner: string) => csvRecord(["2016-10-25T06:30:00Z", "33.2, 12.6", vessel, partner ? `${partner}: SPOTTING` : ""]);
const shortName = () => `N${randomUUID().slice(0, 6).toUpperCase()}`;

describe("creating unknown names on import", () => {
  it("leaves organizations to administrators of the platform operator", async () => {
    const { sessionUser: admin } = await createAdmin();
    const name = shortName();
    const report = await importIncidents(admin, file(HEADER, row("", name)), commit);
    expect(report).toMatchObject({ create: 0, skipped: 1, newOrganizations: [] });
    expect(report.problems).toEqual([expect.objectContaining({ column: "partners", severity: "error", message: `Unknown organization "${name}": only an administrator of the platform operator may create it.` })]);
    expect(await db.organization.count({ where: { shortName: name } })).toBe(0);
  });

  it("gives a platform operator's new organization a valid short name, with its audit event", async () => {
    const { sessionUser: operator } = await createAdmin({ isPlatformOperator: true });
    const name = shortName();
    const report = await importIncidents(operator, file(HEADER, row("", "Sea Watch e.V."), row("", name.toLowerCase())), commit);
    expect(report).toMatchObject({ create: 1, skipped: 1, newOrganizations: [name], committed: true });
    expect(report.problems.find((p) => p.row === 2)?.message).toMatch(/^A new organization cannot be called "Sea Watch e.V.": A short name is 2–8 capital letters or digits/);
    const created = await db.organization.findUniqueOrThrow({ where: { shortName: name } });
    expect(created).toMatchObject({ name, country: null, isPlatformOperator: false });
    expect(await db.auditEvent.findFirst({ where: { entityId: created.id } })).toMatchObject({ action: "CREATE", actorId: operator.id, organizationId: created.id, reason: "Named in an import" });
  });

  it("gives new vessels a name the vessel form accepts", async () => {
    const { sessionUser: admin } = await createAdmin();
    const report = await importIncidents(admin, file(HEADER, row("X", ""), row("x".repeat(101), "")), commit);
    expect(report.problems.map((p) => p.message)).toEqual([
      'A new vessel cannot be called "X": Enter the vessel\'s name.',
      `A new vessel cannot be called "${"x".repeat(101)}": Names are at most 100 characters.`,
    ]);
    expect(report).toMatchObject({ create: 0, newVessels: [] });
  });

  it("gives a vessel out of service to no new incident, as the form, and keeps it on one that had it", async () => {
    const organization = await createOrganization();
    const coordinator = (await createUser(organization.id, "COORDINATOR")).sessionUser;
    const vessel = await createVessel(organization.id, { isActive: false });
    const had = await createIncident(organization.id, { reference: `${organization.shortName}-2016-0001`, vesselId: vessel.id, latitude: 33.2, longitude: 12.6, positionText: "33.2, 12.6" });
    const csv = file("reference,occurred_at,position_text,vessel,rescued", csvRecord(["", "2016-10-25T06:30:00Z", "33.2, 12.6", vessel.name, "5"]), csvRecord([had.reference, "2016-10-25T08:00:00Z", "33.2, 12.6", vessel.name, "12"]));
    const report = await importIncidents(coordinator, csv, { ...commit, createUnknown: false });
    expect(report).toMatchObject({ create: 0, update: 1, skipped: 1 });
    expect(report.problems).toEqual([{ row: 2, column: "vessel", value: vessel.name, severity: "error", message: "This vessel is no longer in service: name another." }]);
    expect(await db.incident.findUniqueOrThrow({ where: { id: had.id } })).toMatchObject({ vesselId: vessel.id, rescued: 12 });
  });
});
