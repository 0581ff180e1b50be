import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import type { StatusAction } from "@/lib/schemas/incident";
import { createIncident, createOrganization, createUser } from "@/lib/test/factories";
import { expectedOnIncident, ROLES, STATUS_AFTER, type Status } from "@/lib/test/access-rules";
import { hostileValue, oddNumber } from "@/lib/test/hostile-input";
import { everyRow, useOwnDatabase } from "@/lib/test/own-database";
import { changeIncidentStatusAction, deleteIncidentAction } from "./incidents";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const RUNS = 1_000;
const ACTIONS = ["submit", "verify", "archive"] as const;

const anyAction = fc.oneof(fc.constantFrom(...ACTIONS), hostileValue);
const notAnAction = fc.oneof(hostileValue, fc.constantFrom("SUBMIT", " submit", "delete", "publish", "__proto__")).filter((v) => !(ACTIONS as readonly unknown[]).includes(v));
const anyVersion = fc.oneof(fc.constant(undefined), oddNumber, fc.integer(), hostileValue);

describe("incident status and delete actions against hostile input (property, real database)", () => {
  let dropDatabase: () => Promise<void>;
  let incidentId: string;
  let foreignId: string;

  beforeAll(async () => {
    dropDatabase = await useOwnDatabase("incident_status_property");
    const organization = await createOrganization();
    session.user = (await createUser(organization.id, "COORDINATOR")).sessionUser;
    incidentId = (await createIncident(organization.id, { status: "SUBMITTED", version: 3 })).id;
    foreignId = (await createIncident((await createOrganization()).id, { status: "SUBMITTED" })).id;
    vi.spyOn(console, "error");
  });
  afterAll(() => dropDatabase());

  afterEach(() => {
    // runAction logs unexpected errors: hostile input must never get that far.
    expect(console.error).not.toHaveBeenCalled();
  });

  it(`refuse ${RUNS.toLocaleString("en")} hostile ids, actions and versions, never an unexpected error, writing nothing`, async () => {
    const before = await everyRow();
    const missingId = fc.oneof(hostileValue, fc.uuid(), fc.constant(foreignId), fc.constant(incidentId.toUpperCase().replace(/-/g, "")));
    await fc.assert(fc.asyncProperty(missingId, anyAction, anyVersion, notAnAction, async (id, action, version, badAction) => {
      const results = [
        await changeIncidentStatusAction(id as string, action as StatusAction, version as number),
        await changeIncidentStatusAction(incidentId, badAction as StatusAction, version as number),
        await deleteIncidentAction(id as string, version as number),
      ];
      for (const result of results) expect(result).toMatchObject({ ok: false, code: expect.stringMatching(/^(invalid|not-found)$/) });
    }), { numRuns: RUNS });
    expect(await everyRow()).toEqual(before);
  });

  it("refuse any version but the current one as a conflict, writing nothing", async () => {
    const before = await everyRow();
    const staleVersion = fc.oneof(oddNumber, fc.integer()).filter((version) => version !== 3);
    await fc.assert(fc.asyncProperty(fc.constantFrom(...ACTIONS), staleVersion, async (action, stale) => {
      expect(await changeIncidentStatusAction(incidentId, action, stale)).toMatchObject({ ok: false, code: expect.stringMatching(/^(conflict|forbidden)$/) });
      expect(await deleteIncidentAction(incidentId, stale)).toMatchObject({ ok: false, code: "conflict" });
    }), { numRuns: 200 });
    expect(await everyRow()).toEqual(before);
  });

  it("move an incident exactly as the transitions table allows for the role, each move one status change event", async () => {
    const organizationId = session.user!.organizationId;
    const users = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, (await createUser(organizationId, role)).sessionUser] as const)));
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...ROLES), fc.constantFrom(...ACTIONS, "delete" as const)), { minLength: 1, maxLength: 6 }), async (steps) => {
      const { id } = await createIncident(organizationId, { status: "DRAFT" });
      // The model: where the table says the incident is after each step.
      let status: Status = "DRAFT";
      let isDeleted = false;
      for (const [role, step] of steps) {
        session.user = users[role];
        const before = await db.incident.findUniqueOrThrow({ where: { id } });
        const events = await db.auditEvent.count({ where: { incidentId: id } });
        const result = step === "delete" ? await deleteIncidentAction(id, before.version) : await changeIncidentStatusAction(id, step, before.version);
        const expected = isDeleted ? "not-found" : expectedOnIncident(role, step, "own", status);
        expect(result.ok ? "allowed" : result.code).toBe(expected);
        const after = await db.incident.findUniqueOrThrow({ where: { id } });
        if (expected === "allowed") {
          if (step === "delete") isDeleted = true;
          else status = STATUS_AFTER[step];
          expect(after).toMatchObject({ status, version: before.version + 1 });
          expect(after.deletedAt !== null).toBe(isDeleted);
          expect(await db.auditEvent.count({ where: { incidentId: id } })).toBe(events + 1);
        } else {
          expect(after).toEqual(before);
          expect(await db.auditEvent.count({ where: { incidentId: id } })).toBe(events);
        }
      }
    }), { numRuns: 60 });
  });
});
