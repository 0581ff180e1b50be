import { expect, test } from "@playwright/test";
import { storageStateFor } from "./fixtures";
import { completeFirstSignIn, createUserAsAdmin, newContext, uniqueEmail } from "./user-factory";

test.use({ storageState: storageStateFor("coordinator"), timezoneId: "Europe/Rome" });

test("a coordinator sees a member's sign-in in the audit log, filtered through the URL", async ({ page, browser, baseURL }) => {
  const admin = await (await newContext(browser, baseURL, "admin")).newPage();
  const email = uniqueEmail("audited");
  const oneTimePassword = await createUserAsAdmin(admin, { name: "Sara Lindgren", email });
  await completeFirstSignIn(await (await newContext(browser, baseURL)).newPage(), email, oneTimePassword);

  await page.goto("/incidents");
  await page.getByRole("link", { name: "Audit" }).click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await page.getByLabel("Actor").fill(email);
  await page.getByLabel("Action").selectOption("SIGN_IN");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=SIGN_IN/);

  const rows = page.getByRole("row").filter({ hasText: "Signed in" });
  await expect(rows.first()).toContainText("Sara Lindgren");
  await expect(rows.first()).toContainText(`User · ${email}`);
  await expect(rows.first().locator("time")).toContainText(/CES?T/);

  // The admin's creation of that user, with the recorded fields.
  await page.goto("/audit?actor=admin%40msf.example&action=CREATE");
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("role: FIELD");
});

test("names what each event is about in words: a case, a timeline event", async ({ page }) => {
  await page.goto("/audit?incident=MSF-2016-0001");
  const rows = page.getByRole("row");
  await expect(rows.filter({ hasText: "Timeline event · MSF-2016-0001" }).first()).toBeVisible();
  await expect(rows.filter({ hasText: "Case · MSF-2016-0001" }).first()).toBeVisible();
  await expect(page.getByRole("table")).not.toContainText("TimelineEvent");
});
