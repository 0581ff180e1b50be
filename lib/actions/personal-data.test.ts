import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import type { IncidentFormValues } from "@/lib/schemas/incident";
import { createIncident, createOrganization, createUser, createVessel, incidentFormValues } from "@/lib/test/factories";
import { eventValues } from "@/lib/test/timeline-factories";
import { createIncidentAction, updateIncidentAction } from "./incidents";
import { addTimelineEventAction, updateTimelineEventAction } from "./timeline";
import { addTrackPointAction, updateTrackPointAction } from "./track";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

// Issue 15 item 4: free text that looks like personal data is held back once with its warnings (nothing
// written), and saved when the user says "Save anyway", with the kinds found (never the text) in the audit.

const PHONE = "+39 333 123 4567";
const HELD_BACK = "Nothing is saved yet: some text looks like personal data (see the warnings under the fields). Change it, or choose “Save anyway” if it is not.";
const withPhone = `Survivors asked us to call ${PHONE}.`;
const acknowledged = (values: Partial<IncidentFormValues>) => incidentFormValues({ ...values, isPersonalDataAcknowledged: true });

describe("personal data in free text, on the server", () => {
  let user: SessionUser;
  const written = async () => ({
    incidents: await db.incident.count({ where: { organizationId: user.organizationId } }),
    events: await db.timelineEvent.count({ where: { incident: { organizationId: user.organizationId } } }),
    audit: await db.auditEvent.count({ where: { organizationId: user.organizationId } }),
  });
  const lastAudit = () => db.auditEvent.findFirstOrThrow({ where: { organizationId: user.organizationId }, orderBy: { id: "desc" } });

  beforeAll(async () => {
    const organization = await createOrganization();
    user = session.user = (await createUser(organization.id)).sessionUser;
  });

  it("a new case: warned without the acknowledgement, nothing written; saved with it, the audit keeping the kinds only", async () => {
    const before = await written();
    const warned = await createIncidentAction(incidentFormValues({ narrative: withPhone, source: "Call from ahmed@example.org" }));
    expect(warned).toEqual({
      ok: false, code: "personal-data", message: HELD_BACK,
      warnings: { narrative: [{ kind: "phone", text: PHONE }], source: [{ kind: "email", text: "ahmed@example.org" }] },
    });
    expect(await written()).toEqual(before);

    const saved = await createIncidentAction(acknowledged({ narrative: withPhone, source: "Call from ahmed@example.org" }));
    expect(saved).toMatchObject({ ok: true });
    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: "CREATE", entityId: saved.ok && saved.data.id, piiWarnings: { narrative: ["phone"], source: ["email"] } });
    expect(JSON.stringify(audit.piiWarnings)).not.toMatch(/333|ahmed/);
  });

  it("an acknowledgement that is not exactly true counts as none", async () => {
    for (const odd of ["true", 1, "yes", {}]) {
      const result = await createIncidentAction(incidentFormValues({ narrative: withPhone, isPersonalDataAcknowledged: odd as unknown as boolean }));
      expect(result).toMatchObject({ ok: false, code: "personal-data" });
    }
  });

  it("an edit is warned only of what it adds: personal data already saved is not held back again", async () => {
    const created = await createIncidentAction(acknowledged({ narrative: withPhone }));
    const id = created.ok ? created.data.id : "";
    expect(await updateIncidentAction(id, incidentFormValues({ version: 1, narrative: `${withPhone} Later: 30 dead.`, dead: "30" }))).toMatchObject({ ok: true });
    expect((await lastAudit()).piiWarnings).toBeNull();

    const named = `${withPhone} Later: 30 dead. Mohamed Abdi lost his wife.`;
    const before = await written();
    expect(await updateIncidentAction(id, incidentFormValues({ version: 2, narrative: named, dead: "30" }))).toMatchObject({
      ok: false, code: "personal-data", warnings: { narrative: [{ kind: "fullName", text: "Mohamed Abdi" }] },
    });
    expect(await written()).toEqual(before);
    expect(await updateIncidentAction(id, acknowledged({ version: 2, narrative: named, dead: "30" }))).toMatchObject({ ok: true });
    expect(await lastAudit()).toMatchObject({ action: "UPDATE", piiWarnings: { narrative: ["fullName"] } });
    expect((await db.incident.findUniqueOrThrow({ where: { id } })).narrative).toBe(named);
  });

  it("the registry's vessel and organization names are not taken for people", async () => {
    const vessel = await createVessel(null, { name: `Aurelia Grace` });
    const partner = await createOrganization({ name: "Humanitarian Pilots Initiative" });
    const narrative = "The Aurelia Grace stood by; Humanitarian Pilots Initiative spotted the boat.";
    expect(await createIncidentAction(incidentFormValues({ narrative }))).toMatchObject({ ok: true });
    await db.vessel.delete({ where: { id: vessel.id } });
    await db.organization.delete({ where: { id: partner.id } });
  });

  it("a timeline note: warned without the acknowledgement, nothing written; saved with it; its edit warned of what it adds", async () => {
    const incident = await createIncident(user.organizationId, { status: "DRAFT" });
    const note = "Relative reachable at mariam.k@example.com";
    const before = await written();
    expect(await addTimelineEventAction(incident.id, eventValues(1, { note }))).toMatchObject({
      ok: false, code: "personal-data", warnings: { note: [{ kind: "email", text: "mariam.k@example.com" }] },
    });
    expect(await written()).toEqual(before);

    const added = await addTimelineEventAction(incident.id, eventValues(1, { note, isPersonalDataAcknowledged: true }));
    expect(added).toMatchObject({ ok: true });
    expect(await lastAudit()).toMatchObject({ entityType: "TimelineEvent", action: "CREATE", piiWarnings: { note: ["email"] } });

    const eventId = added.ok ? added.data.id : "";
    expect(await updateTimelineEventAction(incident.id, eventId, eventValues(2, { note: `${note} (sister)` }))).toMatchObject({ ok: true });
    expect(await updateTimelineEventAction(incident.id, eventId, eventValues(3, { note: `${note}, passport YA1234567` }))).toMatchObject({
      ok: false, code: "personal-data", warnings: { note: [{ kind: "idNumber", text: "YA1234567" }] },
    });
  });

  it("a track point's note likewise", async () => {
    const incident = await createIncident(user.organizationId, { status: "DRAFT" });
    const point = { occurredAt: "2016-10-25T12:30+02:00", position: "33°15.4'N 012°36.6'E", note: "Dinghy seen by Captain Haddad", version: 1 };
    const before = await written();
    expect(await addTrackPointAction(incident.id, point)).toMatchObject({
      ok: false, code: "personal-data", warnings: { note: [{ kind: "fullName", text: "Captain Haddad" }] },
    });
    expect(await written()).toEqual(before);
    const added = await addTrackPointAction(incident.id, { ...point, isPersonalDataAcknowledged: true });
    expect(added).toMatchObject({ ok: true });
    expect(await lastAudit()).toMatchObject({ entityType: "TrackPoint", action: "CREATE", piiWarnings: { note: ["fullName"] } });
    const pointId = added.ok ? added.data.id : "";
    expect(await updateTrackPointAction(incident.id, pointId, { ...point, note: "Dinghy seen by Captain Haddad, adrift", version: 2 })).toMatchObject({ ok: true });
  });
});
