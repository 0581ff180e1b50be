import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, SIGN_INS, storageStateFor } from "./fixtures";
import { holdScripts, recordUrls } from "./held-scripts";
import { field, openEdit, submitIncident, uniqueNarrative } from "./incident-form-helpers";
import { newContext } from "./user-factory";

// On a slow link the server's HTML shows long before the scripts arrive. A form must not be sent in that
// window (least of all by GET, which puts what was typed in the address bar and every log on the way),
// and what was typed must still be there once the scripts run.

const notIn = (urls: string[], ...typed: string[]) =>
  urls.filter((url) => typed.some((text) => decodeURIComponent(url.replaceAll("+", " ")).includes(text)));

async function expectNoQuery(page: Page) {
  expect(new URL(page.url()).search).toBe("");
}

test("sign-in: Enter before the scripts arrive sends nothing, keeps the input, then signs in", async ({ browser, baseURL }) => {
  const page = await (await newContext(browser, baseURL)).newPage();
  const urls = recordUrls(page);
  const release = await holdScripts(page);
  await page.goto("/sign-in", { waitUntil: "domcontentloaded" });
  await page.getByLabel("Email").fill(SIGN_INS.field);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByLabel("Password").press("Enter");
  await page.getByRole("button", { name: /^Sign in/ }).click({ force: true });

  await release();
  const signInButton = page.getByRole("button", { name: "Sign in", exact: true });
  await expect(signInButton).toBeEnabled();
  expect(notIn(urls, DEMO_PASSWORD, SIGN_INS.field)).toEqual([]);
  await expectNoQuery(page);
  await expect(page.getByLabel("Email")).toHaveValue(SIGN_INS.field);
  await expect(page.getByLabel("Password")).toHaveValue(DEMO_PASSWORD);

  await signInButton.click();
  await expect(page.getByRole("heading", { name: "Incidents" })).toBeVisible();
  expect(notIn(urls, DEMO_PASSWORD, SIGN_INS.field)).toEqual([]);
});

test.describe("as field staff", () => {
  test.use({ storageState: storageStateFor("field"), timezoneId: "Europe/Rome" });

  test("incident form: Enter and Submit before the scripts arrive send nothing; the figures stay and then save", async ({ page }) => {
    const urls = recordUrls(page);
    const release = await holdScripts(page);
    await page.goto("/incidents/new", { waitUntil: "domcontentloaded" });
    const narrative = uniqueNarrative("typed on a slow link");
    await field(page, "Occurred at").fill("2016-10-25T08:30");
    await field(page, "Position").fill("33°15.0'N 012°36.0'E");
    await field(page, "Persons rescued").fill("107");
    await field(page, "Dead").fill("29");
    await field(page, "Narrative").fill(narrative);
    await field(page, "Dead").press("Enter");
    await page.getByRole("button", { name: /^Submit/ }).click({ force: true });
    await expect(page.getByRole("button", { name: /^Add injury/ })).toBeDisabled();

    await release();
    await expect(page.getByRole("button", { name: "Submit", exact: true })).toBeEnabled();
    expect(notIn(urls, narrative, "33°15.0")).toEqual([]);
    await expectNoQuery(page);
    await expect(field(page, "Occurred at")).toHaveValue("2016-10-25T08:30");
    await expect(field(page, "Position")).toHaveValue("33°15.0'N 012°36.0'E");
    await expect(field(page, "Persons rescued")).toHaveValue("107");
    await expect(field(page, "Dead")).toHaveValue("29");
    await expect(field(page, "Narrative")).toHaveValue(narrative);

    const id = await submitIncident(page);
    await openEdit(page, id);
    await expect(field(page, "Persons rescued")).toHaveValue("107");
    await expect(field(page, "Dead")).toHaveValue("29");
    await expect(field(page, "Narrative")).toHaveValue(narrative);
  });

  test("incident edit: a figure changed before the scripts arrive is not overwritten by the saved one", async ({ page }) => {
    await page.goto("/incidents/new");
    await field(page, "Occurred at").fill("2016-10-25T08:30");
    await field(page, "Position").fill("33°15.0'N 012°36.0'E");
    await field(page, "Dead").fill("11");
    await field(page, "Narrative").fill(uniqueNarrative("first count"));
    const id = await submitIncident(page);

    const release = await holdScripts(page);
    await page.goto(`/incidents/${id}/edit`, { waitUntil: "domcontentloaded" });
    await field(page, "Dead").fill("29");
    await release();
    await expect(page.getByRole("button", { name: "Save", exact: true })).toBeEnabled();
    await expect(field(page, "Dead")).toHaveValue("29");
    await expect(field(page, "Position")).toHaveValue("33°15.0'N 012°36.0'E");
    await field(page, "Reason for change").fill("On closer examination");
    await submitIncident(page, "Save");
    await openEdit(page, id);
    await expect(field(page, "Dead")).toHaveValue("29");
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("admin form: Enter before the scripts arrive sends nothing; the input stays and then saves", async ({ page }) => {
    const urls = recordUrls(page);
    const release = await holdScripts(page);
    await page.goto("/admin/vessels/new", { waitUntil: "domcontentloaded" });
    const name = `Slow Link ${Date.now().toString(36)}`;
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Kind").selectOption({ label: "RHIB" });
    await page.getByLabel("Flag state (optional)").fill("Malta");
    await page.getByLabel("Flag state (optional)").press("Enter");

    await release();
    const create = page.getByRole("button", { name: "Create vessel", exact: true });
    await expect(create).toBeEnabled();
    expect(notIn(urls, name)).toEqual([]);
    await expectNoQuery(page);
    await expect(page.getByLabel("Name")).toHaveValue(name);
    await expect(page.getByLabel("Kind").locator("option:checked")).toHaveText("RHIB");
    await expect(page.getByLabel("Flag state (optional)")).toHaveValue("Malta");
    await create.click();
    await expect(page).toHaveURL(/\/admin\/vessels$/);
    await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Malta");
  });
});
