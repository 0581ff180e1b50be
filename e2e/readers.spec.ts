import { expect, type Page, test } from "@playwright/test";
import { storageStateFor } from "./fixtures";
import { completeFirstSignIn, createUserAsAdmin, newContext, uniqueEmail } from "./user-factory";

const BOURBON_ARGOS = "MSF-2016-0001";

async function openReferenceCase(page: Page) {
  await page.goto("/incidents?period=custom&from=2016-10-25&to=2016-10-25");
  await page.getByRole("link", { name: BOURBON_ARGOS, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: BOURBON_ARGOS })).toBeVisible();
}

test.use({ storageState: storageStateFor("coordinator"), timezoneId: "Europe/Rome" });

test("a field user opens the reference case; the coordinator sees that read in the case's history and in the user's reads for today", async ({ page, browser, baseURL }) => {
  // A field user of their own, so that no other spec's reads stand in for theirs.
  const name = `Reader ${Date.now().toString(36)}`;
  const email = uniqueEmail("reader");
  const admin = await (await newContext(browser, baseURL, "admin")).newPage();
  const oneTimePassword = await createUserAsAdmin(admin, { name, email });
  const field = await (await newContext(browser, baseURL)).newPage();
  await completeFirstSignIn(field, email, oneTimePassword);

  await openReferenceCase(field);
  // Field staff do not see who read a case.
  await expect(field.getByRole("heading", { name: "Who read this case" })).toHaveCount(0);

  await openReferenceCase(page);
  const readers = page.getByRole("region", { name: "Who read this case" });
  // The read is written once the field user's page has been sent: a reload may be needed to see it.
  await expect(async () => {
    await page.reload();
    await expect(readers.getByRole("listitem").filter({ hasText: name })).toBeVisible({ timeout: 1_000 });
  }).toPass();
  const read = readers.getByRole("listitem").filter({ hasText: name });
  await expect(read).toContainText("(MSF)");
  await expect(read).toContainText("Opened");
  await expect(read.locator("time")).toContainText(/CES?T/);

  // From the reader's name to everything they read today.
  await read.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Who read what" })).toBeVisible();
  await expect(page.getByLabel("User", { exact: true })).toHaveValue(/[0-9a-f-]{36}/);
  await expect(page.getByRole("heading", { name: `Read by ${name}`, exact: false })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: BOURBON_ARGOS });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Opened");

  // The same through the audit log's link and the form.
  await page.goto("/audit");
  await page.getByRole("link", { name: "Everything a user read in a period" }).click();
  await page.getByLabel("User", { exact: true }).selectOption({ label: `${name} (${email})` });
  const today = new Date().toISOString().slice(0, 10);
  await page.getByLabel("From (UTC day)").fill(today);
  await page.getByLabel("To (UTC day)").fill(today);
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${today}&to=${today}`));
  await expect(page.getByRole("row").filter({ hasText: BOURBON_ARGOS })).toContainText("Opened");
});
