import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/data/users";
import { findAuditEvents } from "@/lib/data/audit-events";
import { getDashboardKpis } from "@/lib/data/dashboard/get-kpis";
import { exportIncidents } from "@/lib/data/export/export-incidents";
import { importIncidents } from "@/lib/data/import/import-incidents";
import { changeIncidentStatus } from "@/lib/data/incidents/change-incident-status";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { deleteIncident } from "@/lib/data/incidents/delete-incident";
import { findIncidents } from "@/lib/data/incidents/find-incidents";
import { getIncident } from "@/lib/data/incidents/get-incident";
import { updateIncident } from "@/lib/data/incidents/update-incident";
import { findCaseReaders } from "@/lib/data/reads/case-readers";
import { recordRead } from "@/lib/data/reads/record-read";
import { changeUserRole, createManagedUser, getManagedUser } from "@/lib/data/admin-users";
import { createVessel, getManagedVessel, setVesselActive } from "@/lib/data/vessels-admin";
import { createOrganization as createOrganizationAsAdmin, getManagedOrganization, updateOrganization } from "@/lib/data/organizations-admin";
import type { ImportReport } from "@/lib/csv/import-report";
import { db } from "@/lib/db";
import { auditFilterSchema } from "@/lib/schemas/audit-filter";
import { parseIncidentFilters } from "@/lib/schemas/incident-filters";
import {
  ADMIN_RESOURCES, ADMIN_TARGETS, type AdminResource, type AdminTarget, expectedForRole, expectedOnAdminRecord, expectedOnIncident,
  INCIDENT_ACTIONS, type IncidentAction, isFullInExport, isInAuditLog, isInScope, RELATIONS, ROLES, type Role, STATUS_AFTER, STATUSES,
} from "@/lib/test/access-rules";
import { type AccessWorld, createAccessWorld, createAdminRecord, createIncidentIn, incidentState, missingId, outcomeOf, ownerOf } from "@/lib/test/access-world";
import { incidentFormValues } from "@/lib/test/factories";
import { IMPORT_KEYS, IMPORT_MODES, importAnswer, importFile, matrixKeys } from "@/lib/test/import-cells";

// The access matrix at the data layer: every role × action × relation (× status for incident actions),
// expected outcomes from lib/test/access-rules.ts, never from lib/auth/permissions.ts.
let world: AccessWorld;
beforeAll(async () => {
  world = await createAccessWorld();
});

const cells = <T>(make: (role: Role) => T[]) => ROLES.flatMap(make);

/** One test per row, named in plain words (it.each would quote every value). */
function each<T>(rows: T[], title: (row: T) => string, body: (row: T) => Promise<void>) {
  for (const row of rows) it(title(row), () => body(row));
}

const RUN: Record<IncidentAction, (user: SessionUser, id: string) => Promise<unknown>> = {
  view: (user, id) => getIncident(user, id),
  edit: (user, id) => updateIncident(user, id, incidentFormValues({ version: 1, dead: "30", reason: "Access matrix" })),
  submit: (user, id) => changeIncidentStatus(user, id, "submit"),
  verify: (user, id) => changeIncidentStatus(user, id, "verify"),
  archive: (user, id) => changeIncidentStatus(user, id, "archive"),
  delete: (user, id) => deleteIncident(user, id),
  audit: (user, id) => findCaseReaders(user, id),
};

describe("incident actions: role × action × relation × status", () => {
  const matrix = cells((role) =>
    INCIDENT_ACTIONS.flatMap((action) => RELATIONS.flatMap((relation) => STATUSES.map((status) => ({ role, action, relation, status, expected: expectedOnIncident(role, action, relation, status) })))),
  );

  each(matrix, (c) => `${c.role} ${c.action}, ${c.relation} incident, ${c.status}: ${c.expected}`, async ({ role, action, relation, status, expected }) => {
    const user = world.users[role];
    const { id } = await createIncidentIn(world, relation, status);
    if (action === "audit") await recordRead(world.users.FIELD, { incidentId: id, kind: "view" });
    const before = await incidentState(id);
    const result = await outcomeOf(() => RUN[action](user, id));
    expect(result.outcome).toBe(expected);

    if (expected === "not-found") {
      // Indistinguishable from an id that does not exist.
      expect(result.refusal).toEqual((await outcomeOf(() => RUN[action](user, missingId()))).refusal);
    }
    if (expected !== "allowed") {
      expect(await incidentState(id)).toEqual(before);
      return;
    }

    const after = await db.incident.findUniqueOrThrow({ where: { id } });
    if (action === "view") {
      const detail = result.value as Awaited<ReturnType<typeof getIncident>>;
      expect(detail).toMatchObject({ id, relation });
      // What the page offers is what the rules allow.
      const offered = Object.fromEntries(INCIDENT_ACTIONS.filter((a) => a !== "view").map((a) => [a, expectedOnIncident(role, a, relation, status) === "allowed"]));
      expect(detail.allowed).toEqual(offered);
    } else if (action === "audit") expect(result.value).toMatchObject({ readers: [{ reader: { id: world.users.FIELD.id } }], hasMore: false });
    else if (action === "edit") expect(after).toMatchObject({ version: 2, dead: 30, status });
    else if (action === "delete") expect(after.deletedAt).not.toBeNull();
    else expect(after.status).toBe(STATUS_AFTER[action]);
  });
});

describe("list, dashboard and export: role × relation, another organization's incident never counted", () => {
  const ALL = { status: [...STATUSES] };

  each(
    cells((role) => RELATIONS.flatMap((relation) => STATUSES.map((status) => ({ role, relation, status, listed: isInScope(relation) })))),
    (c) => `${c.role} list, ${c.relation} incident, ${c.status}: ${c.listed ? "listed" : "not listed"}`,
    async ({ role, relation, status, listed }) => {
      const incident = await createIncidentIn(world, relation, status, { withVessel: true });
      const page = await findIncidents(world.users[role], parseIncidentFilters({ ...ALL, vessel: incident.vesselId! }));
      expect(page.rows.map((row) => row.id)).toEqual(listed ? [incident.id] : []);
      expect(page.total).toBe(listed ? 1 : 0);
    },
  );

  each(
    cells((role) => RELATIONS.map((relation) => ({ role, relation, expected: expectedForRole(role, "dashboard"), counted: isInScope(relation) }))),
    (c) => `${c.role} dashboard, ${c.relation} incident: ${c.expected}${c.expected === "allowed" ? (c.counted ? ", counted" : ", not counted") : ""}`,
    async ({ role, relation, expected, counted }) => {
      const incident = await createIncidentIn(world, relation, "SUBMITTED", { withVessel: true });
      const result = await outcomeOf(() => getDashboardKpis(world.users[role], parseIncidentFilters({ ...ALL, vessel: incident.vesselId! })));
      expect(result.outcome).toBe(expected);
      if (expected === "allowed") expect((result.value as Awaited<ReturnType<typeof getDashboardKpis>>).current.incidents).toBe(counted ? 1 : 0);
    },
  );

  const PRIVACIES = ["shareable", "full"] as const;
  each(
    cells((role) => RELATIONS.flatMap((relation) => PRIVACIES.map((privacy) => ({
      role, relation, privacy, expected: expectedForRole(role, privacy === "full" ? "export-full" : "export"), exported: isInScope(relation), isFull: isFullInExport(relation, privacy),
    })))),
    (c) => `${c.role} ${c.privacy} export, ${c.relation} incident: ${c.expected}${c.expected === "allowed" ? (c.exported ? `, exported ${c.isFull ? "in full" : "shareable"}` : ", not exported") : ""}`,
    async ({ role, relation, privacy, expected, exported, isFull }) => {
      const incident = await createIncidentIn(world, relation, "VERIFIED", { withVessel: true });
      const params = new URLSearchParams([...STATUSES.map((s) => ["status", s]), ["vessel", incident.vesselId!]]);
      const form = privacy === "full" ? new URLSearchParams({ privacy, reason: "Access matrix" }) : null;
      const response = await exportIncidents(world.users[role], params, form);
      const body = await response.text();
      // The export answers a refusal with 403 itself (pages answer 404).
      expect(response.status).toBe(expected === "allowed" ? 200 : 403);
      expect(body.includes(incident.reference)).toBe(expected === "allowed" && exported);
      // The time of day is in a full row only (a shareable one has the date).
      if (expected === "allowed" && exported) expect(body.includes(`${incident.occurredAt.toISOString()}`)).toBe(isFull);
    },
  );

});

describe("import: role × relation of the incident a row names × with or without its external id × dry run or commit", () => {
  const run = (user: SessionUser, csv: string, mode: (typeof IMPORT_MODES)[number]) =>
    importIncidents(user, new TextEncoder().encode(csv), { fileName: "matrix.csv", commit: mode === "commit", allOrNothing: false, createUnknown: false });
  const matrix = cells((role) =>
    RELATIONS.flatMap((relation) => IMPORT_KEYS.flatMap((key) => IMPORT_MODES.map((mode) => ({ role, relation, key, mode, expected: expectedForRole(role, "import") })))),
  );

  each(matrix, (c) => `${c.role} import (${c.mode}), a row naming a ${c.relation} incident by its ${c.key}: ${c.expected === "allowed" ? { own: "updates it", partner: "answered as a reference nobody has", other: "answered as a reference nobody has" }[c.relation] : c.expected}`,
    async ({ role, relation, key, mode, expected }) => {
      const user = world.users[role];
      const owner = ownerOf(world, relation);
      const keys = matrixKeys(owner.shortName, key !== "reference");
      const { id } = await createIncidentIn(world, relation, "SUBMITTED", { keys });
      const before = await incidentState(id);
      const result = await outcomeOf(() => run(user, importFile(keys, 1), mode));
      expect(result.outcome).toBe(expected);
      const report = result.value as ImportReport | undefined;
      if (expected === "allowed" && relation === "own") {
        expect(report).toMatchObject({ update: 1, create: 0, skipped: 0, problemCount: 0, committed: mode === "commit" });
        expect((await db.incident.findUniqueOrThrow({ where: { id } })).dead).toBe(mode === "commit" ? 1 : 0);
        return;
      }
      expect(await incidentState(id)).toEqual(before);
      if (!report) return;
      const nobody = matrixKeys(owner.shortName, key !== "reference", 1990);
      expect(importAnswer(report, keys)).toEqual(importAnswer(await run(user, importFile(nobody, 1), mode), nobody));
      expect(await db.incident.count({ where: { organizationId: user.organizationId, reference: { startsWith: `${owner.shortName}-` } } })).toBe(0);
    },
  );
});

describe("create and the audit log: role (× relation)", () => {
  each(ROLES.map((role) => ({ role, expected: expectedForRole(role, "create") })), (c) => `${c.role} create: ${c.expected}`, async ({ role, expected }) => {
    const user = world.users[role];
    const result = await outcomeOf(() => createIncident(user, incidentFormValues()));
    expect(result.outcome).toBe(expected);
    if (expected === "allowed") {
      const { id } = result.value as { id: string };
      expect(await db.incident.findUniqueOrThrow({ where: { id } })).toMatchObject({ organizationId: user.organizationId, status: "DRAFT" });
    }
  });

  each(
    cells((role) => RELATIONS.map((relation) => ({ role, relation, expected: expectedForRole(role, "audit"), shown: isInAuditLog(relation) }))),
    (c) => `${c.role} audit log, ${c.relation} incident: ${c.expected}${c.expected === "allowed" ? (c.shown ? ", shown" : ", not shown") : ""}`,
    async ({ role, relation, expected, shown }) => {
      const incident = await createIncidentIn(world, relation, "DRAFT");
      await db.auditEvent.create({ data: { action: "CREATE", entityType: "Incident", entityId: incident.id, incidentId: incident.id, organizationId: incident.organizationId } });
      const result = await outcomeOf(() => findAuditEvents(world.users[role], auditFilterSchema.parse({ incident: incident.reference })));
      expect(result.outcome).toBe(expected);
      if (expected === "allowed") expect((result.value as Awaited<ReturnType<typeof findAuditEvents>>).rows.map((r) => r.entityId)).toEqual(shown ? [incident.id] : []);
    },
  );
});

type AdminActor = { label: string; role: Role; isPlatformOperator: boolean };
const ADMIN_ACTORS: AdminActor[] = [
  ...ROLES.map((role) => ({ label: role, role, isPlatformOperator: false })),
  { label: "ADMIN of the platform operator", role: "ADMIN", isPlatformOperator: true },
];

const actorOf = (actor: AdminActor) => (actor.isPlatformOperator ? world.operatorAdmin : world.users[actor.role]);

/** Reads then changes an existing record; the change is refused exactly like the read. */
const MANAGE: Record<AdminResource, (admin: SessionUser, id: string) => Promise<unknown>> = {
  users: async (admin, id) => (await getManagedUser(admin, id)) && changeUserRole(admin, { userId: id, role: "COORDINATOR" }),
  vessels: async (admin, id) => (await getManagedVessel(admin, id)) && setVesselActive(admin, id, false),
  organizations: async (admin, id) => {
    const { name, shortName } = await getManagedOrganization(admin, id);
    return updateOrganization(admin, id, { name, shortName, country: "Access Matrix" });
  },
};

const CREATE: Record<AdminResource, (admin: SessionUser, organizationId: string) => Promise<{ id: string }>> = {
  users: (admin, organizationId) => createManagedUser(admin, { name: "Matrix User", email: `matrix-${missingId()}@test.example`, role: "FIELD", organizationId }),
  vessels: (admin, organizationId) => createVessel(admin, { name: `Matrix ${missingId()}`, kind: "RHIB", flagState: null, imo: null, mmsi: null, callSign: null, organizationId }),
  organizations: (admin) => createOrganizationAsAdmin(admin, { name: `Matrix NGO ${missingId()}`, shortName: `M${missingId().slice(0, 6)}`.toUpperCase(), country: "Malta" }),
};

describe("users, vessels and organizations: role × resource × own/other organization", () => {
  const matrix = ADMIN_ACTORS.flatMap((actor) =>
    ADMIN_RESOURCES.flatMap((resource) => ADMIN_TARGETS.map((target: AdminTarget) => ({ actor, resource, target, expected: expectedOnAdminRecord(actor.role, resource, target, actor.isPlatformOperator) }))),
  );

  const title = (c: (typeof matrix)[number]) => `${c.actor.label} ${c.target === "new" ? `creates ${c.resource}` : `manages ${c.resource} of the ${c.target} organization`}: ${c.expected}`;
  each(matrix, title, async ({ actor, resource, target, expected }) => {
    const admin = actorOf(actor);
    if (target === "new") {
      // Asked to create in another organization, an admin of a non-operator organization creates in their own.
      const result = await outcomeOf(() => CREATE[resource](admin, world.other.id));
      expect(result.outcome).toBe(expected);
      if (resource !== "organizations" && result.value) {
        const { id } = result.value as { id: string };
        const row = await (resource === "users" ? db.user.findUniqueOrThrow({ where: { id } }) : db.vessel.findUniqueOrThrow({ where: { id } }));
        expect(row.organizationId).toBe(actor.isPlatformOperator ? world.other.id : admin.organizationId);
      }
      return;
    }
    const record = await createAdminRecord(resource, target === "own" ? admin.organizationId : world.other.id);
    const before = await record.read();
    const result = await outcomeOf(() => MANAGE[resource](admin, record.id));
    expect(result.outcome).toBe(expected);
    if (expected === "not-found") expect(result.refusal).toEqual((await outcomeOf(() => MANAGE[resource](admin, missingId()))).refusal);
    if (expected === "allowed") expect(await record.read()).not.toEqual(before);
    else expect(await record.read()).toEqual(before);
  });
});
