import { readFileSync } from "node:fs";
import { expect, type Browser, test } from "@playwright/test";
import { signIn } from "./fixtures";
import { createMember, PASSWORD, withDb } from "./security-world";

// Administration, import and audit in the user's language: users and organizations of their own, so
// that no other spec sees their language or their data.
async function signedInSpeaking(browser: Browser, baseURL: string | undefined, locale: string, role: "COORDINATOR" | "ADMIN") {
  const member = await withDb(async (db) => {
    const created = await createMember(db, role);
    await db.query(`UPDATE "User" SET locale = $1 WHERE id = $2`, [locale, created.id]);
    return created;
  });
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signIn(page, member.email, PASSWORD);
  await expect(page).toHaveURL(/\/incidents$/);
  return { page, member };
}

test("an Italian administrator manages users and vessels in Italian, validation errors included", async ({ browser, baseURL }) => {
  const { page, member } = await signedInSpeaking(browser, baseURL, "it", "ADMIN");
  await page.getByRole("navigation", { name: "Principale" }).getByRole("link", { name: "Amministrazione" }).click();
  await expect(page).toHaveTitle("Utenti · Rescue Ledger");
  await expect(page.getByRole("heading", { name: "Utenti", level: 1 })).toBeVisible();
  const admin = page.getByRole("navigation", { name: "Amministrazione" });
  await expect(admin.getByRole("link", { name: "Organizzazioni" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Ultimo accesso" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: member.email }).getByRole("cell", { name: "Amministratore" })).toBeVisible();

  await page.getByRole("link", { name: "Aggiungi utente" }).click();
  await page.getByRole("button", { name: "Crea utente" }).click();
  await expect(page.getByText("Inserisci nome e cognome della persona.")).toBeVisible();
  await expect(page.getByText("Inserisci un indirizzo email.")).toBeVisible();
  // Found only on the server: the action answers in the user's language too.
  await page.getByLabel("Nome e cognome").fill("Giulia Rossi");
  await page.getByLabel("Email").fill(member.email);
  await page.getByRole("button", { name: "Crea utente" }).click();
  const taken = `Esiste già un utente con l'email ${member.email}: ogni persona ha un solo account.`;
  await expect(page.getByRole("alert").filter({ hasText: taken })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription(taken);

  await admin.getByRole("link", { name: "Unità" }).click();
  await page.getByRole("link", { name: "Aggiungi unità" }).click();
  await expect(page.getByLabel("Tipo")).toHaveValue("RESCUE_SHIP");
  await expect(page.getByLabel("Tipo").getByRole("option", { name: "Nave di soccorso" })).toBeAttached();
  await page.getByLabel("Numero IMO (facoltativo)").fill("9074728");
  await page.getByRole("button", { name: "Crea unità" }).click();
  await expect(page.getByText("Inserisci il nome dell'unità.")).toBeVisible();
  await expect(page.getByText("La cifra di controllo di questo numero IMO non corrisponde: verifica che non ci siano errori di battitura.")).toBeVisible();
});

const IMPORT_FILE = (shortName: string) => [
  "reference,status,occurred_at,position_text,rescued,dead,missing,narrative",
  ',DRAFT,1995-06-01T10:00:00Z,"35.1, 14.2",12,,,A good row',
  ',DRAFT,1995-06-02T10:00:00Z,"35.1, 14.2",-4,,,A count below zero',
  `XYZ${shortName}-1995-0001,DRAFT,1995-06-03T10:00:00Z,"35.1, 14.2",3,,,Another organization's reference`,
].join("\r\n");

test("an Italian coordinator imports a file and reads its problems in Italian, on screen and in the problems file", async ({ browser, baseURL }) => {
  const { page, member } = await signedInSpeaking(browser, baseURL, "it", "COORDINATOR");
  const shortName = (await withDb((db) => db.query<{ shortName: string }>(`SELECT "shortName" FROM "Organization" WHERE id = $1`, [member.organizationId]))).rows[0].shortName;
  await page.getByRole("navigation", { name: "Principale" }).getByRole("link", { name: "Importa" }).click();
  await expect(page).toHaveTitle("Importa casi · Rescue Ledger");
  await page.getByLabel("File CSV").setInputFiles({ name: "prova.csv", mimeType: "text/csv", buffer: Buffer.from(IMPORT_FILE(shortName)) });
  await page.getByRole("button", { name: "Controlla il file (prova)" }).click();

  const report = page.getByRole("region", { name: "Prova: ancora nulla scritto" });
  await expect(report.getByRole("definition")).toHaveText(["3", "1", "0", "0", "2", "0"]);
  await expect(report.getByRole("row").filter({ hasText: "-4" }).getByRole("cell")).toHaveText(["3", "rescued", "-4", "Errore Un conteggio non può essere negativo."]);
  const foreign = `Qui si possono importare solo riferimenti di ${shortName} (${shortName}-…): escludi la riga o cancella il riferimento per numerarla di nuovo.`;
  await expect(report.getByRole("row").filter({ hasText: "XYZ" }).getByRole("cell").last()).toHaveText(`Errore ${foreign}`);
  const [problems] = await Promise.all([page.waitForEvent("download"), report.getByRole("button", { name: "Scarica i problemi (CSV)" }).click()]);
  const csv = readFileSync((await problems.path())!, "utf8");
  expect(csv).toContain("row,column,value,severity,message");
  expect(csv).toContain("3,rescued,'-4,error,Un conteggio non può essere negativo.");
  await expect(page.getByRole("button", { name: "Importa 1 riga" })).toBeVisible();
});

test("the audit log in Arabic reads right to left, its actions in Arabic", async ({ browser, baseURL }) => {
  const { page, member } = await signedInSpeaking(browser, baseURL, "ar", "COORDINATOR");
  await page.getByRole("navigation", { name: "الرئيسية" }).getByRole("link", { name: "سجل التدقيق" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page).toHaveTitle("سجل التدقيق · Rescue Ledger");
  await expect(page.getByRole("heading", { name: "سجل التدقيق", level: 1 })).toBeVisible();
  await expect(page.getByRole("search", { name: "تصفية أحداث سجل التدقيق" }).getByLabel("الإجراء")).toBeVisible();
  const signInRow = page.getByRole("row").filter({ hasText: member.name }).filter({ hasText: "تسجيل دخول" });
  await expect(signInRow.first()).toBeVisible();
  await expect(signInRow.first().getByRole("cell").nth(3)).toContainText("مستخدم");
});
