import { type APIRequestContext, test as base } from "@playwright/test";
import pg from "pg";
import { type Outcome, type Role, ROLES } from "../lib/test/access-rules";
import { createHttpWorld, type HttpWorld, type SessionState, signInState } from "./access-world";

// The access matrix over HTTP (access-matrix*.spec.ts): signed-in GETs of pages and POSTs of server actions,
// with expectations from lib/test/access-rules.ts. A refused page is a 404 (the app never says 403 on a
// page); a refused action returns { ok: false, code }.
export type Matrix = { world: HttpWorld; sessions: Record<Role, SessionState>; baseURL: string };

// One world and one sign-in per role for each worker; a request context per test and role (so traces stay per test).
export const test = base.extend<{ as: Record<Role, APIRequestContext> }, { matrix: Matrix }>({
  matrix: [
    async ({ playwright }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL!;
      const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await db.connect();
      const world = await createHttpWorld(db);
      const sessions = {} as Record<Role, SessionState>;
      for (const role of ROLES) sessions[role] = await signInState(playwright.request, baseURL, world.emails[role]);
      await use({ world, sessions, baseURL });
      await db.end();
    },
    { scope: "worker" },
  ],
  as: async ({ playwright, matrix }, provide) => {
    const as = {} as Record<Role, APIRequestContext>;
    for (const role of ROLES) as[role] = await playwright.request.newContext({ baseURL: matrix.baseURL, storageState: matrix.sessions[role] });
    await provide(as);
    await Promise.all(Object.values(as).map((context) => context.dispose()));
  },
});

export const pageStatus = (outcome: Outcome) => (outcome === "allowed" ? 200 : 404);

