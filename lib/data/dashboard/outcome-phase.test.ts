import { beforeAll, describe, expect, it } from "vitest";
import { IncidentOutcome, IncidentPhase } from "@/generated/prisma/enums";
import { download } from "@/lib/data/export/export-test-world";
import { findIncidents } from "@/lib/data/incidents/find-incidents";
import { addTimelineEvent } from "@/lib/data/timeline/add-timeline-event";
import { removeTimelineEvent } from "@/lib/data/timeline/remove-timeline-event";
import { setPhaseAndOutcome } from "@/lib/data/timeline/set-phase-outcome";
import { updateTimelineEvent } from "@/lib/data/timeline/update-timeline-event";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { filtersToSearchParams, OUTCOME_FILTERS, parseIncidentFilters } from "@/lib/schemas/incident-filters";
import { createIncident, createOrganization, createUser } from "@/lib/test/factories";
import { eventValues } from "@/lib/test/timeline-factories";
import { getBreakdowns } from "./get-breakdowns";
import { getDashboardKpis } from "./get-kpis";
import { seededUser } from "./test-support";

type Count = { outcome: string | null; phase: string; month: string; incidents: number };

// The rollup of one reader summed per outcome, phase and month, beside the same count over the incidents,
// written apart from the triggers' SQL; both in one snapshot.
async function rollupBesideIncidents(viewerId: string) {
  const [kept, counted] = await db.$transaction([
    db.$queryRaw<Count[]>`
      SELECT outcome::text, phase::text, period::text AS month, sum(incidents)::int AS incidents FROM "IncidentRollup"
      WHERE "viewerId" = ${viewerId}::uuid AND grain = 'MONTH' AND detailed GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    db.$queryRaw<Count[]>`
      SELECT outcome::text, phase::text, date_trunc('month', "occurredAt" AT TIME ZONE 'UTC')::date::text AS month, count(*)::int AS incidents
      FROM "Incident" WHERE "deletedAt" IS NULL AND ("organizationId" = ${viewerId}::uuid
        OR id IN (SELECT "incidentId" FROM "IncidentPartner" WHERE "organizationId" = ${viewerId}::uuid))
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  ], { isolationLevel: "RepeatableRead" });
  return { kept, counted };
}

describe("outcome and phase in the rollup", () => {
  let field: SessionUser;
  let owner: string;
  let partner: string;
  beforeAll(async () => {
    [owner, partner] = [(await createOrganization()).id, (await createOrganization()).id];
    field = (await createUser(owner, "FIELD")).sessionUser;
  });

  const versionOf = async (id: string) => (await db.incident.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
  const expectExact = async () => {
    for (const viewer of [owner, partner]) {
      const { kept, counted } = await rollupBesideIncidents(viewer);
      expect(kept).toEqual(counted);
    }
  };

  it("moves the counts with every timeline edit, the phase it moves, and an outcome or phase set by hand", async () => {
    const { id } = await createIncident(owner, { status: "SUBMITTED", rescued: 50, occurredAt: new Date("2016-08-03T10:00:00Z") });
    await db.incidentPartner.create({ data: { incidentId: id, organizationId: partner, role: "TRANSFER" } });
    await expectExact();
    const rescue = await addTimelineEvent(field, id, eventValues(await versionOf(id), { type: "RESCUE_STARTED", occurredAt: "2016-08-03T10:00Z" }));
    await expectExact(); // OPEN → ON_SCENE
    const landed = await addTimelineEvent(field, id, eventValues(await versionOf(id), { type: "DISEMBARKATION", occurredAt: "2016-08-06T18:00Z", port: "Augusta" }));
    expect(await db.incident.findUniqueOrThrow({ where: { id }, select: { phase: true } })).toEqual({ phase: "DISEMBARKED" });
    await expectExact();
    await updateTimelineEvent(field, id, landed.id, eventValues(await versionOf(id), { type: "POS_ASSIGNED", occurredAt: "2016-08-06T18:00Z", port: "Augusta" }));
    await expectExact(); // DISEMBARKED → AWAITING_POS
    await setPhaseAndOutcome(field, id, { phase: "CLOSED", outcome: "INTERCEPTED_RETURNED_TUNISIA", version: await versionOf(id) });
    await expectExact();
    await setPhaseAndOutcome(field, id, { phase: "AUTO", outcome: "", version: await versionOf(id) });
    await expectExact(); // back to following the timeline, outcome not recorded
    await removeTimelineEvent(field, id, landed.id, await versionOf(id));
    await removeTimelineEvent(field, id, rescue.id, await versionOf(id));
    expect(await db.incident.findUniqueOrThrow({ where: { id }, select: { phase: true } })).toEqual({ phase: "OPEN" });
    await expectExact();
  });
});

describe("outcome and phase filters, shared by the list, the export and the dashboard", () => {
  let user: SessionUser;
  beforeAll(async () => {
    user = await seededUser("coordinator@msf.example");
  });
  // Before any date the other test files create incidents on, so that their writes do not move these counts.
  const period = { period: "custom", from: "2013-01-01", to: "2015-12-31", status: ["DRAFT", "SUBMITTED", "VERIFIED", "ARCHIVED"] };

  it.each<{ outcome?: string; phase?: string }>([
    ...OUTCOME_FILTERS.map((outcome) => ({ outcome })),
    ...Object.values(IncidentPhase).map((phase) => ({ phase })),
    { outcome: IncidentOutcome.RESCUED_BY_THIS_ORGANIZATION, phase: IncidentPhase.CLOSED },
  ])("%o: the same incidents everywhere, as independent SQL counts them", async (chosen) => {
    const filters = parseIncidentFilters({ ...period, ...chosen });
    expect(filters).toMatchObject(chosen);
    const [list, kpis, exported, [{ n }]] = await Promise.all([
      findIncidents(user, filters),
      getDashboardKpis(user, filters),
      download(user, filtersToSearchParams(filters).toString()),
      db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM "Incident" WHERE "deletedAt" IS NULL AND "occurredAt" >= '2013-01-01' AND "occurredAt" < '2016-01-01'
          AND ("organizationId" = ${user.organizationId}::uuid OR id IN (SELECT "incidentId" FROM "IncidentPartner" WHERE "organizationId" = ${user.organizationId}::uuid))
          AND (${chosen.outcome ?? null}::text IS NULL OR COALESCE(outcome::text, 'none') = ${chosen.outcome ?? null})
          AND (${chosen.phase ?? null}::text IS NULL OR phase::text = ${chosen.phase ?? null})`,
    ]);
    expect(list.total).toBe(n);
    expect(kpis.current.incidents).toBe(n);
    expect(Number(exported.response.headers.get("X-Row-Count"))).toBe(n);
    expect(list.rows.length).toBe(Math.min(n, 25));
  });

  it("the outcome breakdown names every outcome found, the unrecorded ones as such, and adds up to the incidents", async () => {
    const filters = parseIncidentFilters(period);
    const [breakdowns, kpis, found] = await Promise.all([
      getBreakdowns(user, filters),
      getDashboardKpis(user, filters),
      db.$queryRaw<{ outcome: string | null }[]>`
        SELECT DISTINCT outcome::text FROM "Incident" WHERE "deletedAt" IS NULL AND "organizationId" = ${user.organizationId}::uuid
          AND "occurredAt" >= '2013-01-01' AND "occurredAt" < '2016-01-01'`,
    ]);
    const outcome = breakdowns.find((b) => b.id === "outcome")!;
    expect(outcome.rows.some((r) => r.isOther)).toBe(false);
    expect(outcome.rows.map((r) => r.key).sort()).toEqual(expect.arrayContaining(found.map((f) => f.outcome)));
    expect(outcome.rows.find((r) => r.key === null)?.isNone).toBe(true);
    expect(outcome.rows.reduce((sum, r) => sum + r.incidents, 0)).toBe(kpis.current.incidents);
  });
});
