import { expect, test, type Page } from "@playwright/test";
import { signInAndWait, storageStateFor } from "./fixtures";

const BOURBON_ARGOS = "MSF-2016-0001";

async function openCase(page: Page) {
  await page.goto("/incidents?period=custom&from=2016-10-25&to=2016-10-25");
  await page.getByRole("link", { name: BOURBON_ARGOS, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: BOURBON_ARGOS })).toBeVisible();
}

test.describe("the MSF coordinator reads the Bourbon Argos case", () => {
  test.use({ storageState: storageStateFor("coordinator") });

  test("with every figure, the map, partners and the revision timeline", async ({ page }) => {
    await openCase(page);
    const people = page.getByLabel("People", { exact: true }).getByRole("definition");
    await expect(people).toHaveText(["107", "29", "0", "29"]);
    await expect(page.getByRole("img", { name: /Map of the position 33°15.000′N 012°36.000′E, 26\.0 nautical miles/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Injuries (23)" })).toBeVisible();
    await expect(page.getByRole("row", { name: /Fuel \/ chemical burn Serious 11/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Evacuations (7)" })).toBeVisible();
    await expect(page.getByRole("row", { name: /^2 Helicopter/ })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "Sea-Watch — Body recovery" })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: /Dead 11 → 29 — On closer examination/ })).toBeVisible();
    await expect(page.getByRole("region", { name: /Also that day/ })).toContainText("139 rescued from a wooden boat");
    await expect(page.getByText("Libya", { exact: true }).first()).toBeVisible();
  });

  test("links to the case's full history in the audit log", async ({ page }) => {
    await openCase(page);
    await page.getByRole("link", { name: "Full history of this case in the audit log" }).click();
    await expect(page).toHaveURL(/\/audit\?incident=MSF-2016-0001/);
    await expect(page.getByRole("row").filter({ hasText: "On closer examination" })).toBeVisible();
  });

  test("a verified case offers archiving but no verification", async ({ page }) => {
    await openCase(page);
    await expect(page.getByRole("button", { name: "Archive" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Verify" })).toHaveCount(0);
  });
});

test.describe("the Sea-Watch field user, a partner on the case", () => {
  test.use({ storageState: storageStateFor("partnerField") });

  test("reads it but cannot change it", async ({ page }) => {
    await openCase(page);
    await expect(page.getByText("Partner: read only")).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Archive" })).toHaveCount(0);
  });
});

test("an SOS Méditerranée user gets 'not found' for the case and its edit page", async ({ browser, page }) => {
  await openCaseAs(browser, "coordinator", async (url) => {
    await signInAndWait(page, "field@sos-med.example");
    for (const path of [url, `${url}/edit`]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByText(BOURBON_ARGOS)).toHaveCount(0);
    }
  });
});

async function openCaseAs(browser: import("@playwright/test").Browser, name: "coordinator", withUrl: (url: string) => Promise<void>) {
  const context = await browser.newContext({ storageState: storageStateFor(name) });
  const page = await context.newPage();
  await openCase(page);
  const url = new URL(page.url()).pathname;
  await context.close();
  await withUrl(url);
}
