import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users";
import { messageKey } from "@/lib/i18n/message-key";
import { createIncident, createOrganization, createUser } from "@/lib/test/factories";
import { countToReview, findToReview, REVIEW_PAGE_SIZE } from "./review-queue";
import { verifyIncidents } from "./verify-incidents";

describe("the review queue", () => {
  let coordinator: SessionUser;
  let field: SessionUser;
  let partnerCoordinator: SessionUser;
  const cases: Record<string, { id: string; reference: string; version: number }> = {};

  beforeAll(async () => {
    const own = await createOrganization();
    const partner = await createOrganization();
    coordinator = (await createUser(own.id, "COORDINATOR")).sessionUser;
    field = (await createUser(own.id, "FIELD")).sessionUser;
    partnerCoordinator = (await createUser(partner.id, "COORDINATOR")).sessionUser;
    const day = (d: number) => new Date(Date.UTC(2016, 9, d));
    cases.newer = await createIncident(own.id, { status: "SUBMITTED", occurredAt: day(20) });
    cases.older = await createIncident(own.id, { status: "SUBMITTED", occurredAt: day(2) });
    cases.middle = await createIncident(own.id, { status: "SUBMITTED", occurredAt: day(10) });
    await createIncident(own.id, { status: "DRAFT" });
    await createIncident(own.id, { status: "VERIFIED" });
    await createIncident(own.id, { status: "SUBMITTED", deletedAt: new Date() });
    const partnered = await createIncident(partner.id, { status: "SUBMITTED" });
    await db.incidentPartner.create({ data: { incidentId: partnered.id, organizationId: own.id, role: "TRANSFER" } });
  });

  it("lists the organization's own submitted cases, oldest first, and counts them in SQL", async () => {
    expect((await findToReview(coordinator)).rows.map((r) => r.reference)).toEqual([cases.older, cases.middle, cases.newer].map((c) => c.reference));
    expect(await countToReview(coordinator)).toBe(3);
    expect(await countToReview(partnerCoordinator)).toBe(1);
  });

  it("pages through a long queue, and shows the last page for a page number past its end", async () => {
    const busy = await createOrganization();
    const reviewer = (await createUser(busy.id, "COORDINATOR")).sessionUser;
    const made = [];
    for (let n = 0; n < REVIEW_PAGE_SIZE + 3; n++) {
      made.push((await createIncident(busy.id, { status: "SUBMITTED", occurredAt: new Date(Date.UTC(2015, 0, 1, 0, n)) })).reference);
    }
    const first = await findToReview(reviewer);
    expect([first.total, first.page, first.pageCount]).toEqual([REVIEW_PAGE_SIZE + 3, 1, 2]);
    expect(first.rows.map((r) => r.reference)).toEqual(made.slice(0, REVIEW_PAGE_SIZE));
    const second = await findToReview(reviewer, 2);
    expect(second.rows.map((r) => r.reference)).toEqual(made.slice(REVIEW_PAGE_SIZE));
    expect((await findToReview(reviewer, 9)).page).toBe(2);
  });

  it("is for those who can verify", async () => {
    expect(await countToReview(field)).toBe(0);
    await expect(findToReview(field)).rejects.toMatchObject({ code: "forbidden" });
    await expect(verifyIncidents(field, [{ id: cases.older.id, version: 1 }])).rejects.toMatchObject({ code: "forbidden" });
  });

  it("verifies several cases one by one: a case changed meanwhile is refused, the others verified and audited", async () => {
    await db.incident.update({ where: { id: cases.middle.id }, data: { rescued: 11, version: { increment: 1 } } });
    const outcomes = await verifyIncidents(coordinator, [cases.older, cases.middle, cases.newer].map(({ id, version }) => ({ id, version })));
    expect(outcomes).toEqual([
      { id: cases.older.id, reference: cases.older.reference, isVerified: true },
      { id: cases.middle.id, isVerified: false, reason: "conflict" },
      { id: cases.newer.id, reference: cases.newer.reference, isVerified: true },
    ]);
    const statuses = await db.incident.findMany({ where: { id: { in: [cases.older.id, cases.middle.id, cases.newer.id] } }, select: { id: true, status: true } });
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({ [cases.older.id]: "VERIFIED", [cases.middle.id]: "SUBMITTED", [cases.newer.id]: "VERIFIED" });
    const audits = await db.auditEvent.findMany({ where: { incidentId: { in: [cases.older.id, cases.middle.id, cases.newer.id] }, action: "STATUS_CHANGE" } });
    expect(audits.map((a) => a.incidentId).sort()).toEqual([cases.older.id, cases.newer.id].sort());
    expect(await countToReview(coordinator)).toBe(1);
  });

  it("refuses another organization's case as not found, and an empty choice", async () => {
    const other = await createIncident((await createOrganization()).id, { status: "SUBMITTED" });
    expect(await verifyIncidents(coordinator, [{ id: other.id, version: 1 }])).toEqual([{ id: other.id, isVerified: false, reason: "not-found" }]);
    await expect(verifyIncidents(coordinator, [])).rejects.toMatchObject({ code: "invalid", message: messageKey("validation.review.chooseCases") });
  });
});
