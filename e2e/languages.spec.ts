import { expect, type Browser, type Page, test } from "@playwright/test";
import { signIn } from "./fixtures";
import { callAction } from "./server-actions";
import { createMember, type Member, PASSWORD, withDb } from "./security-world";

// Users of their own, so that no other spec sees the demo users' language change.
async function memberSpeaking(locale: string | null, timeZone: string | null = null, role: "COORDINATOR" | "ADMIN" = "COORDINATOR"): Promise<Member> {
  return withDb(async (db) => {
    const member = await createMember(db, role);
    await db.query(`UPDATE "User" SET locale = $1, "timeZone" = $2 WHERE id = $3`, [locale, timeZone, member.id]);
    return member;
  });
}

async function signedIn(browser: Browser, baseURL: string | undefined, member: Member): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signIn(page, member.email, PASSWORD);
  await expect(page).toHaveURL(/\/incidents$/);
  return page;
}

test("a user whose language is Italian reads the shell in Italian, whatever the browser prefers", async ({ browser, baseURL }) => {
  const page = await signedIn(browser, baseURL, await memberSpeaking("it"));
  await expect(page.locator("html")).toHaveAttribute("lang", "it");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  const nav = page.getByRole("navigation", { name: "Principale" });
  await expect(nav.getByRole("link", { name: "Casi" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Cruscotto" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Esci" })).toBeVisible();
  await expect(page.getByText(/· Coordinatore, S/)).toBeVisible();

  await page.getByRole("link", { name: "Account" }).click();
  await expect(page).toHaveTitle("Account · Rescue Ledger");
  await expect(page.getByLabel("Lingua")).toHaveValue("it");
  await page.getByLabel("Password attuale").fill("x");
  await page.getByRole("button", { name: "Cambia password" }).click();
  await expect(page.getByText("La nuova password deve avere almeno 12 caratteri.")).toBeVisible();
  // Checked on the server alone: the action answers in the user's language too.
  await page.getByLabel("Password attuale").fill("not my password at all");
  await page.getByLabel("Nuova password", { exact: true }).fill("a long enough new password");
  await page.getByLabel("Ripeti la nuova password").fill("a long enough new password");
  await page.getByRole("button", { name: "Cambia password" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "La password attuale è errata." })).toBeVisible();
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "Non trovato" })).toBeVisible();
});

test("times show in the user's own zone, in their language, from the server's first render", async ({ browser, baseURL }) => {
  const member = await memberSpeaking("it", "Asia/Tokyo", "ADMIN");
  const page = await signedIn(browser, baseURL, member);
  await page.goto("/admin/users");
  // The browser runs in another zone (UTC): only the user's setting gives GMT+9, in Italian ("4 dic 2026, 01:56 GMT+9").
  const lastSignIn = page.getByRole("row").filter({ hasText: member.email }).locator("time");
  await expect(lastSignIn).toHaveText(/^\d{1,2} [a-z]{3} \d{4}, \d{2}:\d{2} GMT\+9$/);
});

test("Arabic lays the page out right to left", async ({ browser, baseURL }) => {
  const page = await signedIn(browser, baseURL, await memberSpeaking("ar"));
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("navigation", { name: "الرئيسية" }).getByRole("link", { name: "الحالات" })).toBeVisible();
  await page.getByRole("link", { name: "الحساب" }).click();
  await expect(page.getByRole("heading", { name: "الحساب", level: 1 })).toBeVisible();
  await expect(page).toHaveTitle("الحساب · Rescue Ledger");
});

test("the sign-in page follows the browser's language, its errors too", async ({ browser, baseURL }) => {
  const page = await (await browser.newContext({ baseURL, locale: "fr-FR" })).newPage();
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page).toHaveTitle("Connexion · Rescue Ledger");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("Saisissez votre adresse e-mail.")).toBeVisible();
  await expect(page.getByText("Saisissez votre mot de passe.")).toBeVisible();
  await page.getByLabel("E-mail").fill("nobody@e2e.example");
  await page.getByLabel("Mot de passe").fill("not the password");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "E-mail ou mot de passe incorrect." })).toBeVisible();
});

test("a language chosen on the account page applies at once, and the browser's can be chosen again", async ({ browser, baseURL }) => {
  const page = await signedIn(browser, baseURL, await memberSpeaking(null));
  await page.goto("/account");
  await page.getByLabel("Language").selectOption({ label: "Deutsch" });
  await page.getByLabel("Time zone", { exact: true }).selectOption("Europe/Rome");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "Konto", level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("navigation", { name: "Hauptmenü" }).getByRole("link", { name: "Fälle" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert." })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Sprache")).toHaveValue("de");
  await expect(page.getByLabel("Zeitzone", { exact: true })).toHaveValue("Europe/Rome");
  await page.getByLabel("Sprache").selectOption({ label: "Sprache des Browsers" });
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
});

test("an unknown language in the header, a cookie or the user's row falls back to English", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "Accept-Language": "tlh-!!;q=0.9, *;q=0.5, pt" } });
  await context.addCookies([{ name: "NEXT_LOCALE", value: "xx", url: baseURL! }]);
  const page = await context.newPage();
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();

  const member = await memberSpeaking("klingon", "Mars/Olympus_Mons");
  await signIn(page, member.email, PASSWORD);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Incidents" })).toBeVisible();
  await page.goto("/account");
  await expect(page.getByLabel("Language")).toHaveValue("");
  await expect(page.getByLabel("Time zone", { exact: true })).toHaveValue("");
});

test("an Italian user records a case in Italian: the form, its vocabulary and a broken rule from the browser and from the server", async ({ browser, baseURL }) => {
  const page = await signedIn(browser, baseURL, await memberSpeaking("it"));
  await page.goto("/incidents/new");
  await expect(page).toHaveTitle("Nuovo evento · Rescue Ledger");
  await expect(page.getByRole("heading", { name: "Nuovo evento", level: 1 })).toBeVisible();
  const field = (label: string) => page.getByLabel(label, { exact: true });
  await field("Data e ora dell'evento").fill("2016-10-25T08:30");
  await field("Posizione").fill("33°15.0'N 012°36.0'E");
  await field("Tipo di imbarcazione").selectOption({ label: "Gommone" });
  await field("Persone stimate a bordo").fill("12");
  await field("Persone soccorse").fill("10");
  await field("Morti").fill("5");
  await page.getByRole("button", { name: "Invia", exact: true }).click();

  const overBoard = "Soccorsi, morti e dispersi (15) sono più delle persone stimate a bordo (12): correggi uno dei valori.";
  await expect(page.locator("form").getByRole("alert")).toHaveText("Nulla è stato salvato: alcuni campi richiedono attenzione.");
  await expect(field("Persone stimate a bordo")).toHaveAttribute("aria-invalid", "true");
  await expect(field("Persone stimate a bordo")).toHaveAccessibleDescription(`Lascia vuoto se non noto. ${overBoard}`);

  // The same rule on the server alone, answered in the user's language.
  const refused = (await callAction(page.request, baseURL!, "incidents", "createIncidentAction", [
    { occurredAt: "2016-10-25T08:30:00+02:00", position: "33°15.0'N 012°36.0'E", personsOnBoard: "12", rescued: "10", dead: "5" },
  ], crypto.randomUUID())) as { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> };
  expect(refused).toMatchObject({ ok: false, message: "Alcuni campi richiedono attenzione.", fieldErrors: { personsOnBoard: [overBoard] } });

  await field("Persone stimate a bordo").fill("15");
  await page.getByRole("button", { name: "Aggiungi lesione" }).click();
  const injury = page.getByRole("group", { name: "Lesione 1" });
  await injury.getByLabel("Tipo di lesione").selectOption({ label: "Ipotermia" });
  await injury.getByLabel("Gravità").selectOption({ label: "Lieve" });
  await injury.getByLabel("Numero di feriti").fill("2");
  await page.getByRole("button", { name: "Salva bozza" }).click();
  await expect(page).toHaveURL(/\/incidents\/[0-9a-f-]{36}$/);
});

test("an Arabic user sees the incident form right to left, in Arabic", async ({ browser, baseURL }) => {
  const page = await signedIn(browser, baseURL, await memberSpeaking("ar"));
  await page.goto("/incidents/new");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { name: "حادث جديد", level: 1 })).toBeVisible();
  await expect(page.getByRole("group", { name: "متى وأين" })).toBeVisible();
  await expect(page.getByLabel("نوع القارب", { exact: true }).locator("option", { hasText: "قارب خشبي" })).toHaveCount(1);
  await page.getByLabel("الموقع", { exact: true }).fill("33 15N 12 36E");
  await expect(page.getByLabel("الموقع", { exact: true })).toHaveAccessibleDescription("تُقرأ هكذا: 33°15.000′N 012°36.000′E");
});
