import { randomUUID } from "node:crypto";
import { expect } from "@playwright/test";
import type { IncidentFormValues } from "@/lib/schemas/incident";
import {
  expectedForRole, expectedOnIncident, INCIDENT_ACTIONS, isFullInExport, isInScope, RELATIONS, ROLES, STATUS_AFTER, STATUSES,
} from "../lib/test/access-rules";
import { file, IOM_2021_HEADER, iom2021Row } from "../lib/data/import/import-test-files";
import { IMPORT_KEYS, IMPORT_MODES, importAnswer, importFile, type ImportKeys, matrixKeys } from "../lib/test/import-cells";
import { pageStatus, test } from "./access-matrix-fixture";
import { createAdminRecord, createIncidentIn, incidentState, ownerOf } from "./access-world";
import { callAction } from "./server-actions";

// The access matrix over HTTP for cases, lists, exports and imports (access-matrix-fixture.ts).

const FORM: IncidentFormValues = {
  occurredAt: "2016-10-25T08:30:00+02:00", position: "33°15.0'N 012°36.0'E", region: "Mediterranean", route: "Central Mediterranean",
  vesselId: "", boatType: "INFLATABLE", boatConditions: [], personsOnBoard: "", rescued: "107", dead: "30", missing: "0", causesOfDeath: [],
  children: "", unaccompaniedMinors: "", women: "", pregnantWomen: "", infants: "", injuries: [], evacuations: [], partners: [],
  coordinatingAuthority: "", disembarkationPort: "", seaState: "", narrative: "", source: "Access matrix", sourceQuality: "", intent: "draft", reason: "Access matrix",
};

const INCIDENT_CALLS = {
  edit: (id: string) => ["updateIncidentAction", [id, { ...FORM, version: 1 }]],
  submit: (id: string) => ["changeIncidentStatusAction", [id, "submit"]],
  verify: (id: string) => ["changeIncidentStatusAction", [id, "verify"]],
  archive: (id: string) => ["changeIncidentStatusAction", [id, "archive"]],
  delete: (id: string) => ["deleteIncidentAction", [id]],
} as const satisfies Record<string, (id: string) => readonly [string, unknown[]]>;

test.describe("incident pages: role × relation × status", () => {
  for (const role of ROLES) for (const relation of RELATIONS) for (const status of STATUSES) {
    const view = expectedOnIncident(role, "view", relation, status);
    const edit = expectedOnIncident(role, "edit", relation, status);
    const readers = expectedOnIncident(role, "audit", relation, status) === "allowed";
    const editLabel = view === "allowed" ? `edit page 200 ${edit === "allowed" ? "with the form" : "with a refusal"}` : "edit page 404";
    const pageLabel = `page ${pageStatus(view)}${view === "allowed" ? (readers ? " with its readers" : " without readers") : ""}`;
    test(`${role} opens a ${status} incident (${relation}): ${pageLabel}, ${editLabel}`, async ({ matrix, as }) => {
      const incident = await createIncidentIn(matrix.world, relation, status);
      const request = as[role];
      const casePage = await request.get(`/incidents/${incident.id}`);
      expect(casePage.status()).toBe(pageStatus(view));
      if (view === "allowed") expect((await casePage.text()).includes("Who read this case")).toBe(readers);
      const editPage = await request.get(`/incidents/${incident.id}/edit`);
      // The edit page of a readable case answers 200 either way, with the form or a refusal.
      expect(editPage.status()).toBe(pageStatus(view));
      const refusal = relation === "partner" ? "Your organization partnered on this case" : "You cannot edit this case";
      if (view === "allowed") expect((await editPage.text()).includes(refusal)).toBe(edit !== "allowed");
    });
  }
});

test.describe("incident actions: role × action × relation × status", () => {
  // Viewing and the readers are pages (above), not server actions.
  const actions = INCIDENT_ACTIONS.filter((action) => action !== "view" && action !== "audit");
  for (const role of ROLES) for (const action of actions) for (const relation of RELATIONS) for (const status of STATUSES) {
    const expected = expectedOnIncident(role, action, relation, status);
    test(`${role} ${action}, ${relation} incident, ${status}: ${expected}`, async ({ matrix, as }) => {
      const { world, baseURL } = matrix;
      const { id } = await createIncidentIn(world, relation, status);
      const before = await incidentState(world.db, id);
      const [name, args] = INCIDENT_CALLS[action](id);
      const result = await callAction(as[role], baseURL, "incidents", name, [...args], id);
      expect(result.ok ? "allowed" : result.code).toBe(expected);
      const after = await incidentState(world.db, id);
      if (expected !== "allowed") expect(after).toEqual(before);
      if (expected === "not-found") {
        const [, missingArgs] = INCIDENT_CALLS[action](randomUUID());
        expect(result.message).toBe((await callAction(as[role], baseURL, "incidents", name, [...missingArgs], id)).message);
      }
      if (expected !== "allowed") return;
      if (action === "edit") expect(after).toMatchObject({ version: 2, dead: 30, status });
      else if (action === "delete") expect(after.deletedAt).not.toBeNull();
      else expect(after.status).toBe(STATUS_AFTER[action]);
    });
  }

  for (const role of ROLES) {
    const expected = expectedForRole(role, "create");
    test(`${role} create: ${expected}`, async ({ matrix, as }) => {
      const result = await callAction(as[role], matrix.baseURL, "incidents", "createIncidentAction", [FORM], randomUUID());
      expect(result.ok ? "allowed" : result.code).toBe(expected);
    });
  }
});

test.describe("list and export: role × relation × status, another organization's incident never included", () => {
  const query = (vesselId: string) => `vessel=${vesselId}&${STATUSES.map((s) => `status=${s}`).join("&")}`;
  for (const role of ROLES) for (const relation of RELATIONS) for (const status of STATUSES) {
    const listed = isInScope(relation);
    test(`${role} list, ${relation} incident, ${status}: ${listed ? "listed" : "not listed"}`, async ({ matrix, as }) => {
      const incident = await createIncidentIn(matrix.world, relation, status);
      const response = await as[role].get(`/incidents?${query(incident.vesselId)}`);
      expect(response.status()).toBe(200);
      expect((await response.text()).includes(incident.reference)).toBe(listed);
    });
  }

  for (const role of ROLES) for (const relation of RELATIONS) {
    const expected = expectedForRole(role, "export");
    const exported = expected === "allowed" && isInScope(relation);
    test(`${role} export, ${relation} incident: ${expected}${expected === "allowed" ? (exported ? ", exported" : ", not exported") : ""}`, async ({ matrix, as }) => {
      const incident = await createIncidentIn(matrix.world, relation, "VERIFIED");
      const response = await as[role].get(`/api/incidents/export?${query(incident.vesselId)}`);
      // The export route refuses with 403 (a route handler's own choice; pages answer 404).
      expect(response.status()).toBe(expected === "allowed" ? 200 : 403);
      expect((await response.text()).includes(incident.reference)).toBe(exported);
    });
  }

  // The full file: by the export form's POST, for reviewers; a partner's case stays shareable in it.
  for (const role of ROLES) for (const relation of RELATIONS) {
    const expected = expectedForRole(role, "export-full");
    const exported = expected === "allowed" && isInScope(relation);
    const isFull = isFullInExport(relation, "full");
    test(`${role} full export, ${relation} incident: ${expected}${expected === "allowed" ? (exported ? `, exported ${isFull ? "in full" : "shareable"}` : ", not exported") : ""}`, async ({ matrix, as }) => {
      const incident = await createIncidentIn(matrix.world, relation, "VERIFIED");
      const response = await as[role].post(`/api/incidents/export?${query(incident.vesselId)}`, { form: { privacy: "full", reason: "Access matrix" } });
      expect(response.status()).toBe(expected === "allowed" ? 200 : 403);
      const body = await response.text();
      expect(body.includes(incident.reference)).toBe(exported);
      // The incidents of the access world happened at 08:00 UTC: the time of day is in a full row only.
      if (exported) expect(body.includes("T08:00:00.000Z")).toBe(isFull);
    });
  }
});

test.describe("role pages: role × page", () => {
  const PAGES = { dashboard: "/dashboard", audit: "/audit", users: "/admin/users", vessels: "/admin/vessels", organizations: "/admin/organizations" } as const;
  for (const role of ROLES) for (const [action, path] of Object.entries(PAGES) as [keyof typeof PAGES, string][]) {
    const expected = expectedForRole(role, action);
    test(`${role} GET ${path}: ${pageStatus(expected)}`, async ({ as }) => {
      expect((await as[role].get(path)).status()).toBe(pageStatus(expected));
    });
  }

  for (const role of ROLES) for (const target of ["own", "other"] as const) {
    const expected = target === "own" ? expectedForRole(role, "audit") : "not-found";
    test(`${role} GET /audit/reads of a user of the ${target} organization: ${pageStatus(expected)}`, async ({ matrix, as }) => {
      const reader = await createAdminRecord(matrix.world.db, "users", target === "own" ? matrix.world.own.id : matrix.world.other.id);
      const response = await as[role].get(`/audit/reads?user=${reader.id}`);
      expect(response.status()).toBe(pageStatus(expected));
      if (expected === "allowed") expect(await response.text()).toContain("Read by");
    });
  }

  for (const role of ROLES) {
    const expected = expectedForRole(role, "import");
    test(`${role} import: page ${expected === "allowed" ? "with the form" : "with a refusal"}, dry-run upload ${expected === "allowed" ? "200, background check 202" : "403"}`, async ({ as }) => {
      // Unlike the other pages, the import page answers a refused role 200 with an explanation.
      const page = await as[role].get("/import");
      expect(page.status()).toBe(200);
      expect((await page.text()).includes("Only coordinators and administrators may import incidents.")).toBe(expected !== "allowed");
      const upload = await as[role].post("/import/upload", { headers: { "X-File-Name": "matrix.csv", "Content-Type": "text/csv" }, data: Buffer.from(file(IOM_2021_HEADER, iom2021Row({}))) });
      expect(upload.status()).toBe(expected === "allowed" ? 200 : 403);
      if (expected === "allowed") expect(await upload.json()).toMatchObject({ ok: true, data: { create: 1, committed: false } });
      const background = await as[role].post("/import/files", { headers: { "X-File-Name": "matrix.csv", "Content-Type": "text/csv" }, data: Buffer.from(file(IOM_2021_HEADER, iom2021Row({}))) });
      expect(background.status()).toBe(expected === "allowed" ? 202 : 403);
    });
  }
});

test.describe("import: role × relation of the incident a row names × with or without its external id × dry run or commit", () => {
  for (const role of ROLES) for (const relation of RELATIONS) for (const key of IMPORT_KEYS) for (const mode of IMPORT_MODES) {
    const expected = expectedForRole(role, "import");
    const answer = expected !== "allowed" ? 403 : relation === "own" ? "updates it" : "answered as a reference nobody has";
    test(`${role} uploads (${mode}) a row naming a ${relation} incident by its ${key}: ${answer}`, async ({ matrix, as }) => {
      const { world } = matrix;
      const owner = ownerOf(world, relation);
      const keys = matrixKeys(owner.shortName, key !== "reference");
      const { id } = await createIncidentIn(world, relation, "SUBMITTED", keys);
      const before = await incidentState(world.db, id);
      const upload = async (k: ImportKeys) => {
        const response = await as[role].post(`/import/upload?commit=${mode === "commit" ? 1 : 0}`, { headers: { "X-File-Name": "matrix.csv", "Content-Type": "text/csv" }, data: importFile(k, 1) });
        return { status: response.status(), report: response.status() === 200 ? (await response.json()).data : undefined };
      };
      const { status, report } = await upload(keys);
      expect(status).toBe(expected === "allowed" ? 200 : 403);
      if (expected === "allowed" && relation === "own") {
        expect(report).toMatchObject({ update: 1, create: 0, skipped: 0, problemCount: 0, committed: mode === "commit" });
        expect((await incidentState(world.db, id)).dead).toBe(mode === "commit" ? 1 : 0);
        return;
      }
      expect(await incidentState(world.db, id)).toEqual(before);
      if (expected !== "allowed") return;
      const nobody = matrixKeys(owner.shortName, key !== "reference", 1990);
      expect(importAnswer(report, keys)).toEqual(importAnswer((await upload(nobody)).report, nobody));
    });
  }
});
