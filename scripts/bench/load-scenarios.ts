import type pg from "pg";
import { getBreakdowns } from "../../lib/data/dashboard/get-breakdowns";
import { getDashboardKpis } from "../../lib/data/dashboard/get-kpis";
import { getMapPoints } from "../../lib/data/dashboard/get-map-points";
import { getMonthlySeries } from "../../lib/data/dashboard/get-monthly-series";
import { getYearOverYear } from "../../lib/data/dashboard/get-year-over-year";
import { getFilterOptions } from "../../lib/data/filter-options";
import { createIncident } from "../../lib/data/incidents/create-incident";
import { findIncidents } from "../../lib/data/incidents/find-incidents";
import { getIncident } from "../../lib/data/incidents/get-incident";
import { getRevisions } from "../../lib/data/incidents/revisions";
import { findSameVesselSameDay } from "../../lib/data/incidents/same-vessel-day";
import { getSessionUser, type SessionUser } from "../../lib/data/users";
import { parseIncidentFilters } from "../../lib/schemas/incident-filters";
import { DEMO_PASSWORD, ORGANIZATIONS } from "../../prisma/seed/index";
import { signIn } from "./app-server";
import { type BareOperation, createTemplate } from "./load-bare";
import { serverAction } from "./load-http";
import { createPayload, type Creator } from "./load-payload";
import type { LoadTarget } from "./load-worker";
import type { Statement } from "./measure";

// The four scenarios, each as HTTP targets for the load generator and as the same work in bare SQL:
// the statements of the data functions its page or action calls, captured per user and incident.
export type Scenario = { name: string; targets: LoadTarget[]; operations: BareOperation[] };
type Capture = (fn: () => Promise<unknown>) => Promise<Statement[]>;
type Context = { baseUrl: string; pool: pg.Pool; capture: Capture };
type Member = { email: string; cookie: string; tokenVersion: number; user: SessionUser; creator: Creator };

const INCIDENTS_PER_READER = 50;
const TEMPLATES_PER_CREATOR = 10;
const DASHBOARD_SECTIONS = ["kpi-label", "Per calendar month", "table-caption", "after-map", "card breakdown"];

async function member(context: Context, email: string): Promise<Member> {
  const cookie = await signIn(context.baseUrl, email, DEMO_PASSWORD);
  const { rows: [row] } = await context.pool.query<{ id: string; tokenVersion: number; vesselId: string | null; partnerId: string }>(
    `SELECT u.id, u."tokenVersion",
       (SELECT v.id FROM "Vessel" v WHERE v."organizationId" = u."organizationId" AND v."isActive" ORDER BY v.name LIMIT 1) AS "vesselId",
       (SELECT o.id FROM "Organization" o WHERE o.id <> u."organizationId" ORDER BY o."shortName" LIMIT 1) AS "partnerId"
     FROM "User" u WHERE u.email = $1`, [email]);
  const user = (await getSessionUser(row.id, row.tokenVersion))!;
  return { email, cookie, tokenVersion: row.tokenVersion, user, creator: { vesselId: row.vesselId, partnerOrganizationId: row.partnerId } };
}

/** The statements one request sends: the session check every page and action makes, then `work`. */
const captureRequest = (context: Context, m: Member, work: (user: SessionUser) => Promise<unknown>) =>
  context.capture(async () => work((await getSessionUser(m.user.id, m.tokenVersion))!));

async function listScenario(context: Context, readers: Member[]): Promise<Scenario> {
  const filters = parseIncidentFilters({});
  const operations: BareOperation[] = [];
  for (const m of readers) {
    operations.push({ kind: "read", statements: await captureRequest(context, m, (user) => Promise.all([findIncidents(user, filters), getFilterOptions()])) });
  }
  return { name: "Incident list (first page)", targets: readers.map((m) => ({ path: "/incidents", cookie: m.cookie, expect: ["incidents of"] })), operations };
}

async function incidentScenario(context: Context, readers: Member[]): Promise<Scenario> {
  const perReader = await Promise.all(readers.map(async (m) => (await context.pool.query<{ id: string; reference: string }>(
    `SELECT id, reference FROM "Incident" WHERE "organizationId" = $1 AND "deletedAt" IS NULL ORDER BY random() LIMIT $2`,
    [m.user.organizationId, INCIDENTS_PER_READER])).rows.map((incident) => ({ m, incident }))));
  const scenario: Scenario = { name: "Incident page", targets: [], operations: [] };
  for (let i = 0; i < INCIDENTS_PER_READER; i++) {
    for (const { m, incident } of perReader.map((list) => list[i]).filter(Boolean)) {
      scenario.targets.push({ path: `/incidents/${incident.id}`, cookie: m.cookie, expect: [incident.reference] });
      const statements = await captureRequest(context, m, async (user) => {
        const detail = await getIncident(user, incident.id);
        return Promise.all([getRevisions(user, incident.id), findSameVesselSameDay(user, detail)]);
      });
      scenario.operations.push({ kind: "read", statements });
    }
  }
  return scenario;
}

async function dashboardScenario(context: Context, readers: Member[]): Promise<Scenario> {
  const filters = parseIncidentFilters({});
  const operations: BareOperation[] = [];
  for (const m of readers) {
    const statements = await captureRequest(context, m, async (user) => {
      await getFilterOptions();
      const now = new Date();
      return Promise.all([getDashboardKpis(user, filters, now), getMonthlySeries(user, filters, now), getYearOverYear(user, filters, now), getMapPoints(user, filters, now), getBreakdowns(user, filters, now)]);
    });
    operations.push({ kind: "read", statements });
  }
  return { name: "Dashboard (default filters)", targets: readers.map((m) => ({ path: "/dashboard", cookie: m.cookie, expect: DASHBOARD_SECTIONS })), operations };
}

/** HTTP posts a fresh payload each time; the bare side replays creates captured from a few payloads per user. */
async function createScenario(context: Context, creators: Member[]): Promise<Scenario> {
  const action = serverAction("lib/actions/incidents.ts", "createIncidentAction");
  const operations: BareOperation[] = [];
  for (let i = 0; i < TEMPLATES_PER_CREATOR; i++) {
    for (const m of creators) {
      let created = { id: "", reference: "" };
      const statements = await captureRequest(context, m, async (user) => (created = await createIncident(user, createPayload(m.creator))));
      operations.push({ kind: "create", template: createTemplate(statements, created) });
    }
  }
  const targets = creators.map((m) => ({ path: action.path, cookie: m.cookie, expect: [], create: { actionId: action.id, creator: m.creator } }));
  return { name: "Create incident (server action)", targets, operations };
}

/** Signs in a coordinator (reads) and a field worker (creates, with the coordinator) of each organization. */
export async function prepareScenarios(context: Context) {
  const coordinators = await Promise.all(ORGANIZATIONS.map((o) => member(context, `coordinator@${o.emailDomain}`)));
  const field = await Promise.all(ORGANIZATIONS.map((o) => member(context, `field@${o.emailDomain}`)));
  return {
    list: () => listScenario(context, coordinators),
    incident: () => incidentScenario(context, coordinators),
    dashboard: () => dashboardScenario(context, coordinators),
    create: () => createScenario(context, [...field, ...coordinators]),
  };
}
