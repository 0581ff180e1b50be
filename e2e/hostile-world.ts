import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { test as base, expect, type Page } from "@playwright/test";
import pg from "pg";
import { signIn } from "./fixtures";

// An organization whose every user-written text is an XSS attempt, written straight to the test
// database (the specs run outside the app, where the generated Prisma client does not load): its name,
// its admin's name, a vessel, a partner, an incident's reference, position text, narrative and other
// texts, an evacuation's destination and a figure revision's reason.
export const HOSTILE_PASSWORD = "hostile world password";

/**
 * Text that runs `alert(label)` if it ever reaches the page as HTML: a script element, an event
 * handler, an attribute break-out, a break-out of Next's inline data scripts and a javascript: URL.
 */
export const hostile = (label: string) =>
  `${label} <script>alert('${label}')</script><img src=x onerror="alert('${label}')">"><svg onload=alert('${label}')></script><script>alert('${label}')</script> javascript:alert('${label}')`;

/** The same attempts in under 80 characters, for fields with a length limit (names, references, filters). */
export const hostileShort = (label: string) => `<img src=x onerror=alert('${label}')>"><svg onload=alert('${label}')>`;

export type HostileWorld = Awaited<ReturnType<typeof createHostileWorld>>;

export async function createHostileWorld(db: pg.Client) {
  const id = randomUUID().slice(0, 8);
  const text = (field: string) => hostile(`xss-${field}-${id}`);
  const one = async <T>(sql: string, values: unknown[]) => (await db.query(sql, values)).rows[0] as T;

  const organization = await one<{ id: string; shortName: string }>(
    `INSERT INTO "Organization" (name, "shortName", country, "updatedAt") VALUES ($1, $2, 'Malta', now()) RETURNING id, "shortName"`, [text("organization"), `X${id}`.toUpperCase()]);
  const partner = await one<{ id: string }>(
    `INSERT INTO "Organization" (name, "shortName", country, "updatedAt") VALUES ($1, $2, 'Germany', now()) RETURNING id`, [text("partner"), `P${id}`.toUpperCase()]);
  const email = `xss-${id}@e2e.example`;
  const user = await one<{ id: string }>(
    `INSERT INTO "User" (email, name, "passwordHash", role, "organizationId", "updatedAt") VALUES ($1, $2, $3, 'ADMIN', $4, now()) RETURNING id`,
    [email, text("user"), await hash(HOSTILE_PASSWORD), organization.id]);
  const vessel = await one<{ id: string }>(
    `INSERT INTO "Vessel" (name, kind, "organizationId", "updatedAt") VALUES ($1, 'RESCUE_SHIP', $2, now()) RETURNING id`, [text("vessel"), organization.id]);

  const incident = await one<{ id: string; reference: string }>(
    `INSERT INTO "Incident" (reference, "organizationId", status, "occurredAt", latitude, longitude, "positionText", "nearestCountry", "sarRegions",
       region, route, "vesselId", "boatType", rescued, dead, missing, "coordinatingAuthority", "disembarkationPort", "seaState", narrative, source,
       "createdById", "updatedById", version, "updatedAt")
     VALUES ($1, $2, 'SUBMITTED', '2016-10-25T08:30:00Z', 33.25, 12.6, $3, $4, ARRAY[$5::text], 'Mediterranean', 'Central Mediterranean', $6, 'INFLATABLE',
       107, 29, 0, $7, $8, $9, $10, $11, $12, $12, 2, now())
     RETURNING id, reference`,
    [text("reference"), organization.id, text("position"), text("country"), text("sar"), vessel.id, text("authority"), text("port"), text("sea"),
      text("narrative"), text("source"), user.id]);
  await db.query(`INSERT INTO "Evacuation" ("incidentId", count, means, destination) VALUES ($1, 2, 'HELICOPTER', $2)`, [incident.id, text("destination")]);
  await db.query(`INSERT INTO "IncidentPartner" ("incidentId", "organizationId", role) VALUES ($1, $2, 'MEDICAL_CARE')`, [incident.id, partner.id]);
  const audit = `INSERT INTO "AuditEvent" ("actorId", "organizationId", action, "entityType", "entityId", "incidentId", changes, reason, "createdAt")
    VALUES ($1, $2, $3, 'Incident', $4::text, $4::uuid, $5, $6, $7)`;
  await db.query(audit, [user.id, organization.id, "CREATE", incident.id, { rescued: 107, dead: 11, missing: 0, narrative: text("created") }, null, "2016-10-25T10:00:00Z"]);
  await db.query(audit, [user.id, organization.id, "UPDATE", incident.id, { dead: { from: 11, to: 29 }, narrative: { from: text("before"), to: text("after") } },
    text("reason"), "2016-10-25T14:05:00Z"]);

  return { id, text, email, organization, partner, user, vessel, incident };
}

/** Collects every dialog the page opens: an executed injection calls alert() with the field's label. */
export function recordDialogs(page: Page) {
  const messages: string[] = [];
  page.on("dialog", async (dialog) => {
    messages.push(dialog.message());
    await dialog.dismiss();
  });
  return messages;
}

/** No element, handler, script or link that the hostile texts would have made if parsed as HTML. */
export async function expectNothingInjected(page: Page) {
  const injected = await page.evaluate(() => {
    const all = [...document.querySelectorAll("*")];
    const describe = (el: Element) => el.outerHTML.slice(0, 160);
    return {
      handlers: all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).map(describe),
      images: [...document.querySelectorAll('img[src="x"]')].map(describe),
      scripts: [...document.querySelectorAll("script")].filter((s) => (s.textContent ?? "").trim().startsWith("alert(")).map(describe),
      javascriptUrls: all.filter((el) => ["href", "src", "action", "formaction", "xlink:href"].some((a) => /^\s*javascript:/i.test(el.getAttribute(a) ?? ""))).map(describe),
    };
  });
  expect(injected).toEqual({ handlers: [], images: [], scripts: [], javascriptUrls: [] });
}

/** Tests signed in as the hostile organization's admin (one world per worker), failing if any dialog opened. */
export const test = base.extend<{ dialogs: string[] }, { world: HostileWorld }>({
  world: [
    async ({}, use) => {
      const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await db.connect();
      await use(await createHostileWorld(db));
      await db.end();
    },
    { scope: "worker" },
  ],
  dialogs: [
    async ({ page, world }, use) => {
      const dialogs = recordDialogs(page);
      await signIn(page, world.email, HOSTILE_PASSWORD);
      await expect(page.getByRole("heading", { name: "Incidents" })).toBeVisible();
      await use(dialogs);
      expect(dialogs, "alert() calls from injected text").toEqual([]);
    },
    { auto: true },
  ],
});
