import { expect, type Browser, type Page, test } from "@playwright/test";
import { signIn } from "./fixtures";
import { createMember, type Member, PASSWORD, withDb } from "./security-world";

// Issue 14: the case page (figures, timeline, durations, the event form and the rules' refusals) in the
// reader's language. Users and cases of their own, so that no other spec sees them.
type World = { member: Member; incidentId: string; reference: string };

async function caseFor(locale: string): Promise<World> {
  return withDb(async (db) => {
    const member = await createMember(db, "COORDINATOR");
    await db.query(`UPDATE "User" SET locale = $1 WHERE id = $2`, [locale, member.id]);
    const reference = `LC-${member.id.slice(0, 8)}`.toUpperCase();
    const { rows: [incident] } = await db.query<{ id: string }>(
      `INSERT INTO "Incident" (reference, "organizationId", status, "occurredAt", latitude, longitude, "positionText", "boatType", rescued, dead, missing,
         "createdById", "updatedById", version, "updatedAt")
       VALUES ($1, $2, 'DRAFT', '2016-10-25T06:30:00Z', 33.25, 12.6, '33°15.0′N 012°36.0′E', 'INFLATABLE', 100, 3, 2, $3, $3, 1, now()) RETURNING id`,
      [reference, member.organizationId, member.id]);
    const events: [string, string, number | null, string | null][] = [
      ["ALERT_RECEIVED", "2016-10-25T05:10:00Z", null, null], ["ON_SCENE", "2016-10-25T06:20:00Z", null, null],
      ["PERSONS_TAKEN_ABOARD", "2016-10-25T07:35:00Z", 100, null], ["DISEMBARKATION", "2016-10-28T08:35:00Z", 100, "Augusta"],
    ];
    for (const [type, at, count, port] of events) {
      await db.query(`INSERT INTO "TimelineEvent" ("incidentId", type, "occurredAt", count, port, "alertSource", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, now())`,
        [incident.id, type, at, count, port, type === "ALERT_RECEIVED" ? "HOTLINE" : null]);
    }
    return { member, incidentId: incident.id, reference };
  });
}

async function openCase(browser: Browser, baseURL: string | undefined, world: World): Promise<Page> {
  const page = await (await browser.newContext({ baseURL, timezoneId: "UTC" })).newPage();
  await signIn(page, world.member.email, PASSWORD);
  await expect(page).toHaveURL(/\/incidents$/);
  await page.goto(`/incidents/${world.incidentId}`);
  return page;
}

test("an Italian user reads a case, its timeline and durations in Italian, and a refused event in Italian", async ({ browser, baseURL }) => {
  const world = await caseFor("it");
  const page = await openCase(browser, baseURL, world);
  await expect(page).toHaveTitle(`Caso ${world.reference} · Rescue Ledger`);
  const figures = page.getByRole("region", { name: "Soccorso", exact: true });
  await expect(figures.getByRole("definition").filter({ hasText: /^100$/ })).toBeVisible();
  await expect(figures.getByText("Morti + dispersi")).toBeVisible();
  await expect(figures.getByRole("definition").filter({ hasText: /^Gommone$/ })).toBeVisible();

  const timeline = page.getByRole("region", { name: "Cronologia", exact: true });
  await expect(timeline.getByText("Persone prese a bordo").first()).toBeVisible();
  await expect(timeline.getByRole("definition").filter({ hasText: "1 h 10 min" })).toBeVisible();
  await expect(timeline.getByRole("definition").filter({ hasText: "3 giorni 1 ora" })).toBeVisible();
  await expect(timeline.getByText("Allerta → sul posto")).toBeVisible();

  // Checked in the browser: nothing chosen.
  const form = page.getByRole("form", { name: "Aggiungi un evento" });
  await form.getByRole("button", { name: "Aggiungi evento" }).click();
  await expect(form.getByRole("alert").first()).toHaveText("Non è stato salvato nulla: alcuni campi richiedono attenzione.");
  await expect(form.getByLabel("Cosa è successo")).toHaveAccessibleDescription(/Scegli cosa è successo\./);

  // Checked on the server against the other events: more taken aboard than the case's persons rescued.
  await form.getByLabel("Cosa è successo").selectOption({ label: "Persone prese a bordo" });
  await form.getByLabel("Ora", { exact: true }).fill("2016-10-25T07:50");
  await form.getByLabel("Persone prese a bordo").fill("20");
  await form.getByRole("button", { name: "Aggiungi evento" }).click();
  await expect(form.getByLabel("Persone prese a bordo")).toHaveAccessibleDescription(
    /Le persone prese a bordo nella cronologia \(120\) sarebbero più delle persone soccorse del caso \(100\)/);
  await expect(timeline.getByRole("definition").filter({ hasText: "3 giorni 1 ora" })).toBeVisible();
});

test("an Arabic user reads the case page right to left", async ({ browser, baseURL }) => {
  const world = await caseFor("ar");
  const page = await openCase(browser, baseURL, world);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page).toHaveTitle(`الحالة ${world.reference} · Rescue Ledger`);
  await expect(page.getByRole("heading", { name: "التسلسل الزمني", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "متى وأين", level: 2 })).toBeVisible();
  await expect(page.getByRole("form", { name: "إضافة حدث" })).toBeVisible();
});
