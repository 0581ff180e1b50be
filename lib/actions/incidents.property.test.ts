import fc from "fast-check";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import type { IncidentFormValues } from "@/lib/schemas/incident";
import { createOrganization, createUser, incidentFormValues } from "@/lib/test/factories";
import { asStored, brokenIncidentForm, hasErrorOn, hostileValue, nastyText } from "@/lib/test/hostile-input";
import { createIncidentAction, updateIncidentAction } from "./incidents";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const RUNS = 1_000;
const TEXTS = { coordinatingAuthority: 200, disembarkationPort: 200, seaState: 200, narrative: 20_000, source: 2_000 };
const form = (values: unknown) => values as IncidentFormValues;

describe("incident actions against hostile input (property, real database)", () => {
  let user: SessionUser;
  let partnerId: string;
  let incidentId: string;
  const everything = async () => {
    const ofOrganization = { incident: { organizationId: user.organizationId } };
    return {
      incidents: await db.incident.findMany({ where: { organizationId: user.organizationId }, orderBy: { id: "asc" } }),
      injuries: await db.injury.count({ where: ofOrganization }), evacuations: await db.evacuation.count({ where: ofOrganization }),
      partners: await db.incidentPartner.count({ where: ofOrganization }), events: await db.auditEvent.count({ where: { organizationId: user.organizationId } }),
      counters: await db.referenceCounter.findMany({ where: { organizationId: user.organizationId } }),
    };
  };

  beforeAll(async () => {
    const organization = await createOrganization();
    partnerId = (await createOrganization()).id;
    user = session.user = (await createUser(organization.id, "COORDINATOR")).sessionUser;
    const created = await createIncidentAction(incidentFormValues());
    incidentId = created.ok ? created.data.id : "";
    vi.spyOn(console, "error");
  });

  afterEach(() => {
    // An unexpected error is logged by runAction: hostile input must never get that far.
    expect(console.error).not.toHaveBeenCalled();
  });

  it(`refuse ${RUNS.toLocaleString("en")} broken forms, on create and on edit, with an error on each broken field, writing nothing`, async () => {
    const before = await everything();
    await fc.assert(fc.asyncProperty(brokenIncidentForm(), async ({ broken, form: values }) => {
      const results = [await createIncidentAction(form(values)), await updateIncidentAction(incidentId, form({ ...values, version: "1" }))];
      for (const result of results) {
        expect(result).toMatchObject({ ok: false, code: "invalid" });
        for (const field of broken) expect(hasErrorOn(result.ok ? {} : result.fieldErrors, field)).toBe(true);
      }
    }), { numRuns: RUNS });
    expect(await everything()).toEqual(before);
  });

  it("refuse anything at all as the input or the id with a result, never an unexpected error, writing nothing", async () => {
    const before = await everything();
    await fc.assert(fc.asyncProperty(hostileValue, fc.oneof(hostileValue, fc.uuid(), fc.constant(incidentId)), async (input, id) => {
      const created = await createIncidentAction(form(input));
      const updated = await updateIncidentAction(id as string, form(input));
      expect(created).toMatchObject({ ok: false, code: "invalid" });
      expect(updated).toMatchObject({ ok: false, code: expect.stringMatching(/^(invalid|not-found)$/) });
    }), { numRuns: RUNS });
    expect(await everything()).toEqual(before);
  });

  it("refuse vessels and partners that do not exist or are the recording organization itself, writing nothing", async () => {
    const before = await everything();
    const links = fc.record({ vesselId: fc.oneof(fc.constant(""), fc.uuid()), partners: fc.array(fc.record({ organizationId: fc.oneof(fc.uuid(), fc.constant(user.organizationId)), role: fc.constant("TRANSFER") }), { minLength: 1, maxLength: 3 }) });
    await fc.assert(fc.asyncProperty(links, async ({ vesselId, partners }) => {
      const result = await createIncidentAction(incidentFormValues({ vesselId, partners }));
      expect(result).toMatchObject({ ok: false, code: "invalid" });
    }), { numRuns: RUNS });
    expect(await everything()).toEqual(before);
  });

  it("store markup, formulas and odd Unicode in text fields as typed (trimmed, without NUL or cut surrogates), ignoring extra keys", async () => {
    const texts = fc.record(Object.fromEntries(Object.entries(TEXTS).map(([field, max]) => [field, nastyText.map((text) => text.slice(0, max))])));
    const extra = { organizationId: partnerId, status: "VERIFIED", reference: "FORGED-1", version: 7, deletedAt: new Date().toISOString() };
    await fc.assert(fc.asyncProperty(texts, texts, async (first, second) => {
      // Acknowledged: random text may look like a phone number or a name, and would be held back once (personal-data.test.ts).
      const base = { ...extra, ...incidentFormValues({ partners: [{ organizationId: partnerId, role: "TRANSFER" }], isPersonalDataAcknowledged: true }) };
      const created = await createIncidentAction(form({ ...base, ...first }));
      expect(created).toMatchObject({ ok: true });
      if (!created.ok) return;
      const { id } = created.data;
      const stored = await db.incident.findUniqueOrThrow({ where: { id } });
      expect(stored).toMatchObject({ organizationId: user.organizationId, status: "DRAFT", version: 1, deletedAt: null, reference: expect.stringMatching(new RegExp(`^${user.organizationShortName}-2016-`)) });
      for (const field of Object.keys(TEXTS)) expect(stored[field as keyof typeof stored]).toBe(asStored(first[field]));

      expect(await updateIncidentAction(id, form({ ...base, ...second, version: "1", reason: second.narrative.slice(0, 500) }))).toMatchObject({ ok: true });
      const edited = await db.incident.findUniqueOrThrow({ where: { id } });
      for (const field of Object.keys(TEXTS)) expect(edited[field as keyof typeof edited]).toBe(asStored(second[field]));
    }), { numRuns: 150 });
  });
});
