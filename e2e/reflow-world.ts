import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { expect, type APIRequest, type Browser } from "@playwright/test";
import pg from "pg";
import { signInState, type SessionState } from "./access-world";
import { storageStateFor } from "./fixtures";

// What the layout spec needs beyond the seed: names as long as the forms allow, where they widen pages
// (a vessel's in every vessel select, an organization's in the organization and partner selects), a
// draft case that shows them, and a platform operator's administrator, who sees more admin pages.
const unique = () => randomUUID().slice(0, 8);
const PASSWORD = "layout spec password";

/** 100 characters, the most a vessel name may have, with a long unbroken word in it. */
export const longVesselName = (id: string) => `Motor rescue vessel Stella-Maris-Straordinaria-Salvataggio-${id} of the extraordinarily long names`.padEnd(100, "x").slice(0, 100);

export type ReflowWorld = Awaited<ReturnType<typeof createReflowWorld>>;

async function createLongVesselThroughAdminUi(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, storageState: storageStateFor("admin") });
  const page = await context.newPage();
  const name = longVesselName(unique());
  await page.goto("/admin/vessels/new");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create vessel" }).click();
  await expect(page).toHaveURL(/\/admin\/vessels$/);
  await context.close();
  return name;
}

export async function createReflowWorld(browser: Browser, requests: APIRequest, baseURL: string) {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const vesselName = await createLongVesselThroughAdminUi(browser, baseURL);
    const id = async (sql: string, values: unknown[]) => ((await db.query<{ id: string }>(sql, values)).rows[0]?.id ?? null)!;
    const vesselId = await id(`SELECT id FROM "Vessel" WHERE name = $1`, [vesselName]);
    const msfId = await id(`SELECT id FROM "Organization" WHERE "shortName" = 'MSF'`, []);
    const platformShortName = `P${unique().slice(0, 7)}`.toUpperCase();
    const platformName = `Platform operator ${platformShortName}: the search-and-rescue coordination network of the non-governmental organisations of the central, eastern and western Mediterranean Sea`.padEnd(200, ".");
    const platformId = await id(
      `INSERT INTO "Organization" (name, "shortName", country, "isPlatformOperator", "updatedAt") VALUES ($1, $2, 'Malta', true, now()) RETURNING id`,
      [platformName, platformShortName],
    );
    const platformAdminEmail = `layout-platform-${unique()}@e2e.example`;
    await db.query(`INSERT INTO "User" (email, name, "passwordHash", role, "organizationId", "updatedAt") VALUES ($1, 'Layout Platform Admin', $2, 'ADMIN', $3, now())`, [
      platformAdminEmail, await hash(PASSWORD), platformId,
    ]);
    const reference = `MSF-1996-L${unique().slice(0, 5).toUpperCase()}`;
    const narrative = `Long text must wrap: https://example.org/reports/${"very-long-unbroken-path-segment-".repeat(4)}end and nothing else.`;
    const draftId = await id(
      `INSERT INTO "Incident" (reference, "organizationId", status, "occurredAt", latitude, longitude, "positionText", "vesselId", rescued, dead, missing, narrative, "updatedAt")
       VALUES ($1, $2, 'DRAFT', '1996-06-01T10:00:00Z', 33.9, 12.1, '33.9, 12.1', $3, 12, 1, 2, $4, now()) RETURNING id`,
      [reference, msfId, vesselId, narrative],
    );
    await db.query(`INSERT INTO "Injury" ("incidentId", type, severity, count) VALUES ($1, 'FUEL_BURN', 'SERIOUS', 3)`, [draftId]);
    await db.query(`INSERT INTO "Evacuation" ("incidentId", count, means, destination, "evacuatedAt") VALUES ($1, 2, 'HELICOPTER', $2, '1996-06-01T12:00:00Z')`, [
      draftId, "Ospedale Civico Di Cristina Benfratelli, Palermo, Sicily (trauma and burns unit)",
    ]);
    await db.query(`INSERT INTO "IncidentPartner" ("incidentId", "organizationId", role) VALUES ($1, $2, 'BODY_RECOVERY')`, [draftId, platformId]);
    // Every badge colour on screen: an archived case, a deactivated and a locked account.
    await db.query(`INSERT INTO "Incident" (reference, "organizationId", status, "occurredAt", rescued, dead, missing, "updatedAt") VALUES ($1, $2, 'ARCHIVED', '1996-05-01T10:00:00Z', 3, 0, 0, now())`, [
      `MSF-1996-A${unique().slice(0, 5).toUpperCase()}`, msfId,
    ]);
    for (const [state, columns] of [["deactivated", `"isActive"`], ["locked", `"lockedUntil"`]] as const) {
      await db.query(`INSERT INTO "User" (email, name, "passwordHash", role, "organizationId", ${columns}, "updatedAt") VALUES ($1, $2, 'x', 'FIELD', $3, $4, now())`, [
        `layout-${state}-${unique()}@e2e.example`, `Layout ${state} user`, msfId, state === "deactivated" ? false : new Date(Date.now() + 3_600_000),
      ]);
    }
    return {
      vesselName, vesselId, msfId, platformName, platformId, draft: { id: draftId, reference },
      bourbonArgosId: await id(`SELECT id FROM "Incident" WHERE reference = 'MSF-2016-0001'`, []),
      msfFieldUserId: await id(`SELECT id FROM "User" WHERE email = 'field@msf.example'`, []),
      platformAdmin: (await signInState(requests, baseURL, platformAdminEmail, PASSWORD)) as SessionState,
    };
  } finally {
    await db.end();
  }
}
