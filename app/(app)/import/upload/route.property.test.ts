import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { ImportReport } from "@/lib/csv/import-report";
import { csvRecord } from "@/lib/csv/writer";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { readUpload } from "@/lib/data/import/read-upload";
import { createAdmin, createOrganization, createUser, createVessel } from "@/lib/test/factories";
import { hostileUpload } from "@/lib/test/hostile-csv";
import { asStored, nastyText } from "@/lib/test/hostile-input";
import { everyRow, useOwnDatabase } from "@/lib/test/own-database";
import { POST } from "./route";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

const RUNS = 1_000;
// Each upload that reads as CSV is planned against the database: the reading alone gets RUNS.
const UPLOAD_RUNS = 250;
const COMMIT_RUNS = 150;

type Options = { commit?: boolean; allOrNothing?: boolean; createUnknown?: boolean; hash?: string; fileName?: string };

async function upload(bytes: Uint8Array<ArrayBuffer>, { commit, allOrNothing, createUnknown, hash, fileName = "upload.csv" }: Options = {}) {
  const query = new URLSearchParams({ commit: commit ? "1" : "0", allOrNothing: allOrNothing ? "1" : "0", createUnknown: createUnknown ? "1" : "0", ...(hash ? { hash } : {}) });
  const request = new Request(`http://localhost/import/upload?${query}`, { method: "POST", body: bytes, headers: { "x-file-name": fileName } });
  const response = await POST(request);
  return { status: response.status, body: (await response.json()) as { ok: true; data: ImportReport } | { ok: false; code: string; message: string } };
}

const rowCounts = async () => {
  const [counts] = await db.$queryRaw<Record<string, bigint>[]>`
    SELECT (SELECT count(*) FROM "Incident") AS incidents, (SELECT count(*) FROM "Vessel") AS vessels,
      (SELECT count(*) FROM "Organization") AS organizations, (SELECT count(*) FROM "AuditEvent") AS events,
      (SELECT count(*) FROM "Injury") + (SELECT count(*) FROM "Evacuation") + (SELECT count(*) FROM "IncidentPartner") AS children`;
  return Object.fromEntries(Object.entries(counts).map(([key, value]) => [key, Number(value)]));
};

/** The report adds up and points at rows of the file. */
function expectConsistent(report: ImportReport) {
  expect(report.create + report.update + report.unchanged + report.skipped).toBe(report.rowsRead);
  for (const problem of report.problems) expect(problem.row >= 2 && problem.row <= report.rowsRead + 1).toBe(true);
  expect(report.problems.filter((p) => p.severity === "error").length > 0 || report.skipped === 0).toBe(true);
}

describe("POST /import/upload against hostile CSV files (property, real database)", () => {
  let dropDatabase: () => Promise<void>;
  let users: SessionUser[];
  let names: string[];

  beforeAll(async () => {
    dropDatabase = await useOwnDatabase("import_property");
    const { sessionUser: admin, organization } = await createAdmin();
    users = [admin, (await createUser(organization.id, "COORDINATOR")).sessionUser];
    const partner = await createOrganization();
    names = [(await createVessel(organization.id)).name, `${partner.shortName}: SPOTTING`, `${partner.name}: TRANSFER`, `${admin.organizationShortName}: OTHER`];
    vi.spyOn(console, "error");
  });
  afterAll(() => dropDatabase());

  afterEach(() => {
    // runAction logs unexpected errors: hostile files must never get that far.
    expect(console.error).not.toHaveBeenCalled();
  });

  it(`read ${RUNS.toLocaleString("en")} hostile files as rows with their problems, or refuse them with a message, never throw`, async () => {
    await fc.assert(fc.asyncProperty(hostileUpload(users[0].organizationShortName, names), async (bytes) => {
      const read = await readUpload(bytes);
      if (!read.ok) {
        expect(read.message).toMatch(/\S/);
        return;
      }
      read.upload.rows.forEach((row, i) => expect(row.row).toBe(i + 2));
      for (const problem of read.upload.rows.flatMap((row) => row.problems)) expect(problem.message).toMatch(/\S/);
    }), { numRuns: RUNS });
  });

  it("check hostile files in dry runs: a row-level report or a refusal, never a server error, writing only the audit event of each report", async () => {
    const before = await everyRow();
    let reports = 0;
    const options = fc.record({ user: fc.nat(1), allOrNothing: fc.boolean(), createUnknown: fc.boolean(), fileName: fc.oneof(nastyText.map((name) => encodeURIComponent(name.toWellFormed()) || "-"), fc.constant("%E0%A4%A")) });
    await fc.assert(fc.asyncProperty(hostileUpload(users[0].organizationShortName, names), options, async (bytes, { user, ...rest }) => {
      session.user = users[user];
      const { status, body } = await upload(bytes, rest);
      expect([200, 422]).toContain(status);
      if (body.ok) expectConsistent(body.data);
      else expect(body).toMatchObject({ code: "invalid", message: expect.any(String) });
      if (body.ok) expect(body.data.committed).toBe(false);
      if (body.ok) reports++;
    }), { numRuns: UPLOAD_RUNS });
    const { AuditEvent: events, ...after } = await everyRow();
    const { AuditEvent: eventsBefore, ...rest } = before;
    expect(after).toEqual(rest);
    const added = events.slice(eventsBefore.length) as { action: string; changes: { commit: boolean; committed: boolean } }[];
    expect(added.map((e) => [e.action, e.changes.commit, e.changes.committed])).toEqual(Array(reports).fill(["IMPORT", false, false]));
  });

  it("commit hostile files: exactly the rows reported valid are written, with their audit events, or nothing at all", async () => {
    session.user = users[0];
    const options = fc.record({ allOrNothing: fc.boolean(), createUnknown: fc.boolean() });
    await fc.assert(fc.asyncProperty(hostileUpload(users[0].organizationShortName, names), options, async (bytes, rest) => {
      const before = await rowCounts();
      const { status, body } = await upload(bytes, { ...rest, commit: true });
      expect([200, 422]).toContain(status);
      const after = await rowCounts();
      if (!body.ok || !body.data.committed) {
        // A refused all-or-nothing import is audited like a dry run.
        expect(after).toEqual({ ...before, events: before.events + (body.ok ? 1 : 0) });
        return;
      }
      const report = body.data;
      expectConsistent(report);
      expect(after.incidents - before.incidents).toBe(report.create);
      expect(after.vessels - before.vessels).toBe(report.newVessels.length);
      expect(after.organizations - before.organizations).toBe(report.newOrganizations.length);
      expect(after.events - before.events).toBe(report.create + report.update + report.newVessels.length + report.newOrganizations.length + 1);
    }), { numRuns: COMMIT_RUNS });
  });

  it("import valid files whose text cells hold markup, formulas and odd Unicode, storing them as typed", async () => {
    session.user = users[1];
    const narratives = fc.array(nastyText.map((text) => text.replace(/\u0000/g, "")), { minLength: 1, maxLength: 5 });
    await fc.assert(fc.asyncProperty(narratives, fc.constantFrom("\r\n", "\n"), async (texts, newline) => {
      const rows = texts.map((text) => csvRecord(["2016-10-25T08:30:00Z", "33.25, 12.6", "12", text]).slice(0, -2));
      const bytes = new TextEncoder().encode(["occurred_at,position_text,rescued,narrative", ...rows].join(newline) + newline);
      const dry = await upload(bytes);
      expect(dry).toMatchObject({ status: 200, body: { ok: true, data: { create: texts.length, skipped: 0, committed: false } } });
      if (!dry.body.ok) return;
      const committed = await upload(bytes, { commit: true, allOrNothing: true, hash: dry.body.data.fileHash });
      expect(committed).toMatchObject({ status: 200, body: { ok: true, data: { create: texts.length, committed: true } } });
      const stored = await db.incident.findMany({ where: { organizationId: users[1].organizationId }, orderBy: { createdAt: "desc" }, take: texts.length, select: { narrative: true } });
      const inAnyOrder = (narratives: (string | null)[]) => narratives.map((narrative) => JSON.stringify(narrative)).sort();
      expect(inAnyOrder(stored.map((s) => s.narrative))).toEqual(inAnyOrder(texts.map(asStored)));
    }), { numRuns: 30 });
  });
});
