import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { expect, type Browser, type Page, test } from "@playwright/test";
import { signIn } from "./fixtures";
import { withDb } from "./security-world";

// An organization of its own with one verified and one submitted case in October 2016, and a
// coordinator per language: its list, dashboard and review queue hold only these.
const PASSWORD = "languages list password";

type World = { email: (locale: string) => string; verified: string; submitted: string; word: string };

async function languagesWorld(): Promise<World> {
  const id = randomUUID().slice(0, 6);
  const short = `L${id}`.toUpperCase();
  const word = `orata${id}`;
  const passwordHash = await hash(PASSWORD);
  return withDb(async (db) => {
    const { rows: [org] } = await db.query<{ id: string }>(
      `INSERT INTO "Organization" (name, "shortName", country, "updatedAt") VALUES ($1, $1, 'Italy', now()) RETURNING id`, [short]);
    for (const locale of ["it", "ar"]) {
      await db.query(`INSERT INTO "User" (email, name, "passwordHash", role, "organizationId", locale, "updatedAt") VALUES ($1, $2, $3, 'COORDINATOR', $4, $5, now())`,
        [`languages-${locale}-${id}@e2e.example`, `Coordinatore ${locale}`, passwordHash, org.id, locale]);
    }
    const insert = `INSERT INTO "Incident" (reference, "organizationId", status, "occurredAt", rescued, dead, missing, narrative, "updatedAt")
      VALUES ($1, $2, $3, $4, $5, 2, 0, $6, now())`;
    await db.query(insert, [`${short}-2016-0001`, org.id, "VERIFIED", "2016-10-25T08:30:00Z", 1234, `Gommone avvistato, ${word}.`]);
    await db.query(insert, [`${short}-2016-0002`, org.id, "SUBMITTED", "2016-10-26T09:00:00Z", 40, "Barca in legno."]);
    return { email: (locale) => `languages-${locale}-${id}@e2e.example`, verified: `${short}-2016-0001`, submitted: `${short}-2016-0002`, word };
  });
}

async function signedIn(browser: Browser, baseURL: string | undefined, email: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/incidents$/);
  return page;
}

const OCTOBER_2016 = "/dashboard?period=custom&from=2016-10-01&to=2016-10-31&status=SUBMITTED&status=VERIFIED";

test("an Italian coordinator searches the list and reads the dashboard in Italian", async ({ browser, baseURL }) => {
  const world = await languagesWorld();
  const page = await signedIn(browser, baseURL, world.email("it"));
  await expect(page).toHaveTitle("Casi · Rescue Ledger");
  await expect(page.getByRole("heading", { name: "Casi", level: 1 })).toBeVisible();
  await page.getByRole("searchbox", { name: "Cerca nei casi" }).fill(world.word);
  await page.getByRole("button", { name: "Cerca", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "corrisponde alla ricerca" })).toContainText(/^1 caso di .+ corrisponde alla ricerca\.$/);
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: world.verified }) });
  await expect(row.getByRole("cell").last()).toHaveText("Verificato");
  await expect(page.getByRole("columnheader", { name: /Soccorsi/ })).toBeVisible();
  await expect(page.getByRole("search", { name: "Filtri" }).getByLabel("Periodo")).toBeVisible();

  await page.getByRole("navigation", { name: "Principale" }).getByRole("link", { name: "Cruscotto" }).click();
  await expect(page).toHaveTitle("Cruscotto · Rescue Ledger");
  await page.goto(OCTOBER_2016);
  await expect(page.getByRole("heading", { name: "Cruscotto", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Dati principali", level: 2 })).toBeVisible();
  const kpi = (label: string) => page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: label, exact: true }) }).locator(".kpi-value");
  await expect(kpi("Casi")).toHaveText("2");
  await expect(kpi("Persone soccorse")).toHaveText("1274");
  // 4 dead of 1,278 people involved: a decimal comma in Italian.
  await expect(kpi("Morti + dispersi ogni 1.000 persone coinvolte")).toHaveText("3,1");
  await page.getByText("Mostra come tabella").click();
  await expect(page.getByRole("row", { name: "ott 2016 2 1274 4" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Per esito" }).getByRole("rowheader", { name: "Non registrato" })).toBeVisible();
});

test("an Arabic coordinator reads the dashboard right to left", async ({ browser, baseURL }, testInfo) => {
  const world = await languagesWorld();
  const page = await signedIn(browser, baseURL, world.email("ar"));
  await page.goto(OCTOBER_2016);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page).toHaveTitle("لوحة المعلومات · Rescue Ledger");
  await expect(page.getByRole("heading", { name: "لوحة المعلومات", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "الأشخاص الذين تم إنقاذهم", exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "الجنسيات (أعلى 10)" })).toContainText("لا جنسية مسجّلة");
  await expect(page.getByRole("link", { name: /^تخطَّ/ })).toBeVisible();
  const screenshot = testInfo.outputPath("dashboard-in-arabic.png");
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach("dashboard in Arabic", { path: screenshot, contentType: "image/png" });
});

test("an Italian coordinator verifies a case on the review page in Italian", async ({ browser, baseURL }) => {
  const world = await languagesWorld();
  const page = await signedIn(browser, baseURL, world.email("it"));
  await page.getByRole("navigation", { name: "Principale" }).getByRole("link", { name: "Da verificare (1)" }).click();
  await expect(page).toHaveTitle("Da verificare · Rescue Ledger");
  await expect(page.getByRole("heading", { name: "Da verificare", level: 1 })).toBeVisible();
  const form = page.getByRole("form", { name: "Casi da verificare" });
  await expect(form.getByRole("link", { name: `Apri ${world.submitted}` })).toBeVisible();
  await expect(form).toContainText("soccorsi 40, morti 2, dispersi 0");
  await form.getByRole("button", { name: "Verifica i selezionati" }).click();
  await expect(page.getByRole("status")).toContainText("Scegli almeno un caso da verificare.");
  await form.getByRole("checkbox", { name: world.submitted }).check();
  await form.getByRole("button", { name: "Verifica i selezionati" }).click();
  await expect(page.getByRole("status")).toContainText(`Verificati: ${world.submitted}.`);
  await expect(page.getByRole("navigation", { name: "Principale" }).getByRole("link", { name: "Da verificare (0)" })).toBeVisible();
});
