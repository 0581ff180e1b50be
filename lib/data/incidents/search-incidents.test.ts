import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportIncidents } from "@/lib/data/export/export-incidents";
import { saveSearchText, withSearchText } from "@/lib/data/saved-filters/search-text";
import type { SessionUser } from "@/lib/data/users";
import { parseIncidentFilters } from "@/lib/schemas/incident-filters";
import { createIncident, createOrganization, createUser, createVessel } from "@/lib/test/factories";
import { findIncidents, SEARCH_COUNT_CAP } from "./find-incidents";

// Made-up words unique to this run, so that other test files' cases never match.
const tag = `q${randomUUID().slice(0, 6)}`;
const word = (name: string) => `${name}${tag}`;
const ALL = ["DRAFT", "SUBMITTED", "VERIFIED", "ARCHIVED"];

async function search(user: SessionUser, text: string, params: Record<string, string | string[]> = {}) {
  const id = await saveSearchText(user, text);
  const result = await findIncidents(user, parseIncidentFilters({ status: ALL, sort: "relevance", ...params, search: id }));
  return result.rows.map((r) => r.reference);
}

describe("the list's search", () => {
  let coordinator: SessionUser;
  let colleague: SessionUser;
  const ref: Record<string, string> = {};

  beforeAll(async () => {
    const own = await createOrganization();
    const partner = await createOrganization({ name: `Partner ${word("seawatch")}` });
    const other = await createOrganization();
    coordinator = (await createUser(own.id, "COORDINATOR")).sessionUser;
    colleague = (await createUser(own.id, "COORDINATOR")).sessionUser;
    const vessel = await createVessel(own.id, { name: `Ship ${word("argos")}` });
    const at = (day: number) => new Date(Date.UTC(2016, 9, day, 8));
    const make = async (name: string, data: Parameters<typeof createIncident>[1]) => (ref[name] = (await createIncident(own.id, { status: "VERIFIED", ...data })).reference);
    await make("byVessel", { vesselId: vessel.id, occurredAt: at(1) });
    await make("byNarrative", { narrative: `Seen from the ship ${word("argos")} at dawn.`, occurredAt: at(20) });
    await make("byPosition", { positionText: `33°15.0'N ${word("pos")}`, occurredAt: at(2) });
    await make("byPort", { disembarkationPort: `Port ${word("augusta")}`, occurredAt: at(3) });
    await make("byAuthority", { coordinatingAuthority: `MRCC ${word("rome")}`, occurredAt: at(4) });
    await make("draft", { status: "DRAFT", disembarkationPort: `Port ${word("augusta")}`, occurredAt: at(5) });
    const partnered = await make("byPartner", { occurredAt: at(6) });
    const timeline = await make("byTimeline", { occurredAt: at(7) });
    await db.incidentPartner.create({ data: { incidentId: (await db.incident.findUniqueOrThrow({ where: { reference: partnered } })).id, organizationId: partner.id, role: "BODY_RECOVERY" } });
    const timelineCase = await db.incident.findUniqueOrThrow({ where: { reference: timeline } });
    await db.timelineEvent.create({ data: { incidentId: timelineCase.id, occurredAt: at(7), type: "DISEMBARKATION", port: `Pozzallo ${word("tl")}`, authority: `RCC ${word("tlauth")}` } });
    ref.other = (await createIncident(other.id, { status: "VERIFIED", narrative: `The ship ${word("argos")} and Port ${word("augusta")}`, reference: `OTHER-${word("ref")}` })).reference;
  });

  it("finds a case by each of its fields, its vessel, its partners and its timeline", async () => {
    expect(await search(coordinator, ref.byVessel)).toEqual([ref.byVessel]);
    expect(await search(coordinator, word("pos"))).toEqual([ref.byPosition]);
    expect(await search(coordinator, word("augusta"), { status: "VERIFIED" })).toEqual([ref.byPort]);
    expect(await search(coordinator, word("rome"))).toEqual([ref.byAuthority]);
    expect(await search(coordinator, word("seawatch"))).toEqual([ref.byPartner]);
    expect(await search(coordinator, word("tl"))).toEqual([ref.byTimeline]);
    expect(await search(coordinator, word("tlauth"))).toEqual([ref.byTimeline]);
  });

  it("ranks a vessel's cases above those that only mention it in their narrative, whatever their dates", async () => {
    expect(await search(coordinator, `ship ${word("argos")}`)).toEqual([ref.byVessel, ref.byNarrative]);
    expect(await search(coordinator, word("ARGOS"), { sort: "newest" })).toEqual([ref.byNarrative, ref.byVessel]);
  });

  it("past the count's cap, ranks the newest matches and still puts a reference typed in full first", async () => {
    const busy = await createOrganization();
    const reader = (await createUser(busy.id, "COORDINATOR")).sessionUser;
    const old = await createIncident(busy.id, { status: "VERIFIED", reference: `Old-${word("many")}`, occurredAt: new Date(Date.UTC(2001, 0, 1)) });
    await db.incident.createMany({
      data: Array.from({ length: SEARCH_COUNT_CAP + 10 }, (_, n) => ({
        reference: `NEW-${word("many")}-${n}`, organizationId: busy.id, status: "VERIFIED" as const,
        occurredAt: new Date(Date.UTC(2020, 0, 1, 0, n)), disembarkationPort: n === 3 || n === 500 ? `${word("many")} ${word("many")} ${word("many")}` : null,
      })),
    });
    const result = await findIncidents(reader, parseIncidentFilters({ sort: "relevance", status: "VERIFIED", search: await saveSearchText(reader, word("many")) }));
    expect([result.total, result.isTotalCapped]).toEqual([SEARCH_COUNT_CAP, true]);
    // NEW-…-500 names the word four times, then the newest; NEW-…-3 too, but it is past the newest 1,000, as the 2001 case.
    expect(result.rows.slice(0, 3).map((r) => r.reference)).toEqual([500, SEARCH_COUNT_CAP + 9, SEARCH_COUNT_CAP + 8].map((n) => `NEW-${word("many")}-${n}`));
    expect(result.rows.map((r) => r.reference)).not.toContain(`NEW-${word("many")}-3`);
    expect(await search(reader, `old-${word("MANY")}`)).toEqual([old.reference]);
    const typed = await findIncidents(reader, parseIncidentFilters({ sort: "relevance", status: "VERIFIED", search: await saveSearchText(reader, old.reference.toLowerCase()) }));
    expect(typed.rows[0].reference).toBe(old.reference);
  });

  it("needs every word, in any order", async () => {
    expect(await search(coordinator, `${word("argos")} dawn`)).toEqual([ref.byNarrative]);
    expect(await search(coordinator, `${word("argos")} ${word("rome")}`)).toEqual([]);
  });

  it("never finds another organization's case, even when its text matches", async () => {
    expect(await search(coordinator, word("ref"))).toEqual([]);
    expect(await search(coordinator, word("augusta"))).not.toContain(ref.other);
  });

  it("resolves a search for its owner only: another user's id is no search at all", async () => {
    const id = await saveSearchText(coordinator, word("rome"));
    expect((await withSearchText(coordinator, parseIncidentFilters({ search: id }))).searchText).toBe(word("rome"));
    const theirs = await withSearchText(colleague, parseIncidentFilters({ search: id }));
    expect([theirs.search, theirs.searchText]).toEqual([undefined, undefined]);
  });

  it("keeps the text out of the URL's filters and prunes the day-old unnamed searches", async () => {
    const stale = await db.savedFilter.create({ data: { userId: colleague.id, params: { text: "old" }, createdAt: new Date(Date.now() - 25 * 3600_000) } });
    const named = await db.savedFilter.create({ data: { userId: colleague.id, name: word("saved"), params: {}, createdAt: new Date(Date.now() - 25 * 3600_000) } });
    const id = await saveSearchText(coordinator, word("pos"));
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await db.savedFilter.findUnique({ where: { id: stale.id } })).toBeNull();
    expect(await db.savedFilter.findUnique({ where: { id: named.id } })).not.toBeNull();
    await expect(saveSearchText(coordinator, "ab")).rejects.toMatchObject({ code: "invalid" });
    expect(await saveSearchText(coordinator, "  ")).toBeUndefined();
  });

  it("is honoured by the CSV export", async () => {
    const id = await saveSearchText(coordinator, word("augusta"));
    const response = await exportIncidents(coordinator, new URLSearchParams(`search=${id}&status=DRAFT&status=VERIFIED`));
    expect(response.headers.get("X-Row-Count")).toBe("2");
    const text = await response.text();
    expect(text).toContain(ref.byPort);
    expect(text).toContain(ref.draft);
  });
});
