import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditAction } from "@/generated/prisma/enums";
import { MAX_KEY_LENGTH } from "@/lib/csv/row-keys";
import { db } from "@/lib/db";
import { auditFilterSchema } from "@/lib/schemas/audit-filter";
import { createOrganization, createUser } from "@/lib/test/factories";
import { hostileValue, likeLookalike, nastyText } from "@/lib/test/hostile-input";
import { everyRow, useOwnDatabase } from "@/lib/test/own-database";
import { AUDIT_PAGE_SIZE, findAuditEvents } from "./audit-events";
import type { SessionUser } from "./users";

const RUNS = 1_000;
// Each search is five queries: the parsing alone gets RUNS.
const SEARCH_RUNS = 200;
const KEYS = Object.keys(auditFilterSchema.shape);

// What the audit page's URL can carry: each parameter absent, once or repeated, with valid and hostile values.
const paramValue = fc.oneof(
  nastyText,
  fc.integer({ min: -3, max: 3 }).map(String),
  fc.constantFrom(...Object.values(AuditAction), "2016-10-25", "0001-01-01", "9999-12-31", "2016-02-30", "-1", "0", "1e9", "NaN", "%", "_", "\\", "%_\\"),
  fc.date({ min: new Date("0001-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const searchParams = fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string()), fc.oneof(paramValue, fc.array(paramValue, { maxLength: 3 }), hostileValue), { maxKeys: 6 });

describe("the audit log's filters against hostile URLs (property, real database)", () => {
  let dropDatabase: () => Promise<void>;
  let coordinator: SessionUser;

  beforeAll(async () => {
    dropDatabase = await useOwnDatabase("audit_property");
    const organizationId = (await createOrganization()).id;
    coordinator = (await createUser(organizationId, "COORDINATOR")).sessionUser;
    // More than a page of events, so that pages past the first have rows too.
    const signIn = { actorId: coordinator.id, organizationId, action: "SIGN_IN", entityType: "User", entityId: coordinator.id } as const;
    await db.auditEvent.createMany({ data: Array.from({ length: AUDIT_PAGE_SIZE + 10 }, () => signIn) });
  });
  afterAll(() => dropDatabase());

  it(`parse ${RUNS.toLocaleString("en")} hostile URLs into filters within bounds, never an error`, () => {
    fc.assert(fc.property(searchParams, (params) => {
      const { actor, action, from, to, incident, page } = auditFilterSchema.parse(params);
      for (const [text, max] of [[actor, 200], [incident, MAX_KEY_LENGTH]] as const) if (text !== undefined) expect([...text].length <= max && text.trim() === text && !text.includes("\u0000")).toBe(true);
      if (action !== undefined) expect(Object.values(AuditAction)).toContain(action);
      for (const day of [from, to]) if (day !== undefined) expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isInteger(page) && page >= 1 && page <= 1_000_000).toBe(true);
    }), { numRuns: RUNS });
  });

  it("search with hostile filters as a page of events, never an error, writing nothing", async () => {
    const before = await everyRow();
    const filters = fc.record({ actor: paramValue, incident: paramValue, action: paramValue, from: paramValue, to: paramValue, page: paramValue }, { requiredKeys: [] });
    await fc.assert(fc.asyncProperty(fc.oneof(filters, searchParams), async (params) => {
      const { rows, total, page, pageCount } = await findAuditEvents(coordinator, auditFilterSchema.parse(params));
      expect(rows).toHaveLength(page <= pageCount ? Math.min(AUDIT_PAGE_SIZE, total - (page - 1) * AUDIT_PAGE_SIZE) : 0);
    }), { numRuns: SEARCH_RUNS });
    expect(await everyRow()).toEqual(before);
  });

  it("search for actors literally: % and _ in a search are plain characters", async () => {
    const { user } = await createUser(coordinator.organizationId, "FIELD");
    await db.auditEvent.create({ data: { actorId: user.id, organizationId: coordinator.organizationId, action: "SIGN_IN", entityType: "User", entityId: user.id } });
    const search = async (actor: string) => (await findAuditEvents(coordinator, auditFilterSchema.parse({ actor }))).rows;
    await fc.assert(fc.asyncProperty(likeLookalike, fc.nat(), async ({ name, lookalike }, n) => {
      await db.user.update({ where: { id: user.id }, data: { name: `${name} ${n}` } });
      expect(await search(`${name} ${n}`.toUpperCase())).toHaveLength(1);
      expect(await search(`${lookalike} ${n}`)).toHaveLength(0);
    }), { numRuns: 100 });
  });
});
