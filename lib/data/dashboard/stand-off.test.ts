import { beforeAll, describe, expect, it } from "vitest";
import type { TimelineEventType } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { parseIncidentFilters } from "@/lib/schemas/incident-filters";
import { createIncident, createOrganization, createUser } from "@/lib/test/factories";
import { timelineDurations } from "@/lib/timeline/durations";
import { getStandOff } from "./get-stand-off";

const NOW = new Date("2026-01-01T00:00:00Z");
const select = { id: true, type: true, occurredAt: true, count: true, createdAt: true } as const;

/** Each incident's kept stand-off beside lib/timeline/durations.ts on its events, read in one snapshot. */
async function keptBesideTypeScript(where: { id?: { in: string[] }; organizationId?: string }) {
  const [incidents, events] = await db.$transaction([
    db.incident.findMany({ where, select: { id: true, rescueAt: true, disembarkedAt: true } }),
    db.timelineEvent.findMany({ where: { incident: where }, select: { ...select, incidentId: true } }),
  ], { isolationLevel: "RepeatableRead" });
  return incidents.map(({ id, rescueAt, disembarkedAt }) => {
    const span = timelineDurations(events.filter((e) => e.incidentId === id), NOW).rescueToDisembarkation;
    return { kept: rescueAt && disembarkedAt ? disembarkedAt.getTime() - rescueAt.getTime() : null, typescript: span?.ms ?? null };
  });
}

const at = (iso: string) => new Date(iso);
type Step = { type: TimelineEventType; occurredAt: string; createdAt?: string; id?: string };

async function caseWith(organizationId: string, steps: Step[], occurredAt = "2016-10-25T06:00:00Z") {
  const incident = await createIncident(organizationId, { status: "SUBMITTED", occurredAt: at(occurredAt) });
  await db.timelineEvent.createMany({
    data: steps.map((s) => ({
      id: s.id, incidentId: incident.id, type: s.type, occurredAt: at(s.occurredAt), createdAt: s.createdAt ? at(s.createdAt) : undefined, updatedAt: NOW,
      port: s.type === "DISEMBARKATION" ? "Augusta" : null,
    })),
  });
  return incident;
}

describe("the stand-off kept per incident", () => {
  it("equals lib/timeline/durations.ts on every seeded case", async () => {
    const msf = await db.organization.findFirstOrThrow({ where: { shortName: "MSF" } });
    const pairs = await keptBesideTypeScript({ organizationId: msf.id });
    expect(pairs.filter((p) => p.typescript !== null).length).toBeGreaterThan(20);
    for (const pair of pairs) expect(pair.kept).toBe(pair.typescript);
  });

  it("equals it on ties, disembarkations before the rescue, several of each, and after edits", async () => {
    const { id: org } = await createOrganization();
    const same = "2016-10-25T10:00:00Z";
    const cases = await Promise.all([
      // Same minute: the order they were recorded in decides; then the id.
      caseWith(org, [{ type: "DISEMBARKATION", occurredAt: same, createdAt: "2016-10-25T10:01:00Z" }, { type: "RESCUE_STARTED", occurredAt: same, createdAt: "2016-10-25T10:02:00Z" }]),
      caseWith(org, [{ type: "RESCUE_STARTED", occurredAt: same, createdAt: "2016-10-25T10:01:00Z" }, { type: "DISEMBARKATION", occurredAt: same, createdAt: "2016-10-25T10:02:00Z" }]),
      caseWith(org, [
        { type: "RESCUE_STARTED", occurredAt: same, createdAt: same, id: "ffffffff-0000-4000-8000-000000000000" },
        { type: "DISEMBARKATION", occurredAt: same, createdAt: same, id: "00000000-0000-4000-8000-000000000000" },
      ]),
      caseWith(org, [
        { type: "DISEMBARKATION", occurredAt: "2016-10-24T10:00:00Z" }, { type: "PERSONS_TAKEN_ABOARD", occurredAt: "2016-10-25T11:00:00Z" },
        { type: "RESCUE_COMPLETED", occurredAt: "2016-10-25T09:00:00Z" }, { type: "DISEMBARKATION", occurredAt: "2016-10-28T15:50:00Z" },
        { type: "DISEMBARKATION", occurredAt: "2016-10-27T08:00:00Z" },
      ]),
      caseWith(org, [{ type: "DISEMBARKATION", occurredAt: "2016-10-24T10:00:00Z" }, { type: "RESCUE_STARTED", occurredAt: same }]),
      caseWith(org, [{ type: "RESCUE_STARTED", occurredAt: same }, { type: "POS_REQUESTED", occurredAt: "2016-10-25T12:00:00Z" }]),
      caseWith(org, [{ type: "DISEMBARKATION", occurredAt: same }]),
    ]);
    const ids = { id: { in: cases.map((c) => c.id) } };
    const check = async () => {
      const pairs = await keptBesideTypeScript(ids);
      for (const pair of pairs) expect(pair.kept).toBe(pair.typescript);
      return pairs;
    };
    expect((await check()).filter((p) => p.kept !== null)).toHaveLength(2); // the second and the fourth

    const late = await db.timelineEvent.findFirstOrThrow({ where: { incidentId: cases[3].id, occurredAt: at("2016-10-28T15:50:00Z") } });
    await db.timelineEvent.update({ where: { id: late.id }, data: { occurredAt: at("2016-10-25T08:00:00Z") } });
    await db.timelineEvent.updateMany({ where: { incidentId: cases[4].id, type: "DISEMBARKATION" }, data: { occurredAt: at("2016-10-30T10:00:00Z") } });
    await db.timelineEvent.deleteMany({ where: { incidentId: cases[1].id, type: "DISEMBARKATION" } });
    await db.timelineEvent.updateMany({ where: { incidentId: cases[6].id }, data: { incidentId: cases[5].id } });
    await check();
  });
});

describe("the stand-off per month on the dashboard", () => {
  let owner: SessionUser;
  let partner: SessionUser;
  let other: SessionUser;
  beforeAll(async () => {
    const [a, b, c] = [await createOrganization(), await createOrganization(), await createOrganization()];
    [owner, partner, other] = await Promise.all([a, b, c].map(async (o) => (await createUser(o.id, "COORDINATOR")).sessionUser));
    // Stand-offs of 1 to 5 days in March 2019, 10 hours in April; a rescue without disembarkation; B partners the April case.
    for (const days of [1, 2, 3, 4, 5])
      await caseWith(a.id, [{ type: "RESCUE_STARTED", occurredAt: "2019-03-10T06:00:00Z" }, { type: "DISEMBARKATION", occurredAt: new Date(Date.UTC(2019, 2, 10 + days, 6)).toISOString() }], "2019-03-10T06:00:00Z");
    const april = await caseWith(a.id, [{ type: "PERSONS_TAKEN_ABOARD", occurredAt: "2019-04-02T06:00:00Z" }, { type: "DISEMBARKATION", occurredAt: "2019-04-02T16:00:00Z" }], "2019-04-02T06:00:00Z");
    await caseWith(a.id, [{ type: "RESCUE_STARTED", occurredAt: "2019-04-03T06:00:00Z" }], "2019-04-03T06:00:00Z");
    await db.incidentPartner.create({ data: { incidentId: april.id, organizationId: b.id, role: "TRANSFER" } });
  });

  const DAY = 86_400_000;
  const filters = parseIncidentFilters({ period: "custom", from: "2019-03-01", to: "2019-04-30" });

  it("gives the median and 90th percentile per month and over the period: the case at or past the share, in whole hours", async () => {
    const expected = [
      // 1 … 5 days: the 3rd of 5 (2.5 rounded up), the 5th (4.5 rounded up).
      { month: "2019-03", cases: 5, medianMs: 3 * DAY, p90Ms: 5 * DAY },
      { month: "2019-04", cases: 1, medianMs: 10 * 3_600_000, p90Ms: 10 * 3_600_000 },
      // Six values 10 h, 1 … 5 days: the 3rd and the 6th (5.4 rounded up).
      { month: null, cases: 6, medianMs: 2 * DAY, p90Ms: 5 * DAY },
    ];
    expect(await getStandOff(owner, filters, NOW)).toEqual(expected);
    expect(await getStandOff(owner, { ...filters, organization: owner.organizationId }, NOW)).toEqual(expected); // from the incidents
  });

  it("shows a partner only the cases it took part in, another organization nothing, and an empty period nothing", async () => {
    expect(await getStandOff(partner, filters, NOW)).toEqual([
      { month: "2019-04", cases: 1, medianMs: 36_000_000, p90Ms: 36_000_000 }, { month: null, cases: 1, medianMs: 36_000_000, p90Ms: 36_000_000 },
    ]);
    expect(await getStandOff(other, filters, NOW)).toEqual([]);
    expect(await getStandOff(owner, parseIncidentFilters({ period: "custom", from: "2019-05-01", to: "2019-05-31" }), NOW)).toEqual([]);
  });
});
