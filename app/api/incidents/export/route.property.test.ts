import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { BoatType, IncidentStatus } from "@/generated/prisma/enums";
import { EXPORT_LAYOUTS, EXPORT_TABLES } from "@/lib/csv/columns";
import { readCsv } from "@/lib/csv/reader";
import { exportWorld } from "@/lib/data/export/export-test-world";
import { parseExportRequest } from "@/lib/data/export/export-request";
import { exportPool } from "@/lib/data/export/pg-pool";
import type { SessionUser } from "@/lib/data/users";
import { incidentFilterSchema, PERIODS, SORTS } from "@/lib/schemas/incident-filters";
import { nastyText } from "@/lib/test/hostile-input";
import { everyRow, useOwnDatabase } from "@/lib/test/own-database";
import { GET, POST } from "./route";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

const RUNS = 1_000;
// Each download is a COPY in a transaction of its own plus an audit event: the parsing alone gets RUNS.
const DOWNLOAD_RUNS = 100;
const KEYS = [...Object.keys(incidentFilterSchema.shape), "table", "layout", "bom"];

// What a URL can carry: each parameter absent, once or repeated, with valid and hostile values.
const paramValue = fc.oneof(
  nastyText,
  fc.constantFrom(...EXPORT_TABLES, ...EXPORT_LAYOUTS, ...PERIODS, ...SORTS, ...Object.values(IncidentStatus), ...Object.values(BoatType), "Mediterranean", "Libya", "0", "1"),
  fc.constantFrom("0001-01-01", "9999-12-31", "275760-09-13", "-000001-01-01", "2016-02-30", "2016-10-25", "1e308", "-1", "NaN", "%00", "LEDGER", " iom", "incidents\u0000"),
  fc.date({ min: new Date("0001-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.uuid(),
);
const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), nastyText), paramValue), { maxLength: 8 })
  .map((pairs) => {
    const params = new URLSearchParams();
    for (const [key, value] of pairs) params.append(key.toWellFormed(), value.toWellFormed());
    return params.toString();
  });

// A spreadsheet runs a cell as a formula when it starts with one of these; negative numbers are not formulas.
const isFormula = (cell: string) => /^[=+@\t\r]/.test(cell) || /^-(?!\d+(\.\d+)?$)/.test(cell);

describe("GET /api/incidents/export against hostile queries (property, real database)", () => {
  let dropDatabase: () => Promise<void>;
  let world: Awaited<ReturnType<typeof exportWorld>>;

  beforeAll(async () => {
    dropDatabase = await useOwnDatabase("export_property");
    world = await exportWorld();
  });
  afterAll(async () => {
    await exportPool().end();
    await dropDatabase();
  });

  it(`read ${RUNS.toLocaleString("en")} hostile queries as a download request or a message, never an error`, () => {
    fc.assert(fc.property(query, (search) => {
      const parsed = parseExportRequest(new URLSearchParams(search));
      if (parsed.ok) expect(parsed.request.filters.page).toBe(1);
      else expect(parsed.message).toMatch(/^Unknown (table|layout)|^The IOM layout/);
    }), { numRuns: RUNS });
  });

  it("answer hostile queries with a CSV file or a 400, recording each download and writing nothing else", async () => {
    session.user = world.coordinator;
    const { AuditEvent: events, ...before } = await everyRow();
    let downloads = 0;
    await fc.assert(fc.asyncProperty(query, async (search) => {
      const response = await GET(new Request(`http://localhost/api/incidents/export?${search}`));
      const body = await response.text();
      expect([200, 400]).toContain(response.status);
      if (response.status === 400) {
        expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
        return;
      }
      downloads++;
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      const [, ...records] = [...readCsv(body)].map((record) => record.fields);
      expect(records).toHaveLength(Number(response.headers.get("x-row-count")));
      for (const cell of records.flat()) expect(isFormula(cell), cell).toBe(false);
    }), { numRuns: DOWNLOAD_RUNS });
    const { AuditEvent: eventsAfter, ...after } = await everyRow();
    expect(after).toEqual(before);
    const added = (eventsAfter as { action: string; actorId: string }[]).slice(events.length);
    expect(added).toHaveLength(downloads);
    for (const event of added) expect(event).toMatchObject({ action: "EXPORT", actorId: world.coordinator.id });
  });

  it("refuse field staff a full export whatever the query, writing nothing", async () => {
    session.user = world.field;
    const before = await everyRow();
    await fc.assert(fc.asyncProperty(query, async (search) => {
      const form = { method: "POST", body: "privacy=full&reason=Donor+report", headers: { "Content-Type": "application/x-www-form-urlencoded" } };
      const response = await POST(new Request(`http://localhost/api/incidents/export?${search}`, form));
      expect(response.status).toBe(403);
    }), { numRuns: 100 });
    expect(await everyRow()).toEqual(before);
  });
});
