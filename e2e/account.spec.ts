import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";
import { completeFirstSignIn, createUserAsAdmin, newContext, NEW_PASSWORD, uniqueEmail } from "./user-factory";

test("changing one's password keeps this session and ends the others", async ({ page, browser, baseURL }) => {
  const admin = await (await newContext(browser, baseURL, "admin")).newPage();
  const email = uniqueEmail("account");
  const oneTimePassword = await createUserAsAdmin(admin, { name: "Ana Ferreira", email });
  await completeFirstSignIn(page, email, oneTimePassword);
  const otherDevice = await (await newContext(browser, baseURL)).newPage();
  await signIn(otherDevice, email, NEW_PASSWORD);
  await expect(otherDevice.getByRole("heading", { name: "Incidents" })).toBeVisible();

  await page.getByRole("link", { name: "Account" }).click();
  await expect(page.getByRole("heading", { name: "Account" })).toBeVisible();
  await page.getByLabel("Current password").fill("not my password at all");
  await page.getByLabel("New password", { exact: true }).fill("an even better password");
  await page.getByLabel("New password again").fill("an even better password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The current password is wrong.").first()).toBeVisible();

  await page.getByLabel("Current password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password is changed." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Account" })).toBeVisible();

  await otherDevice.reload();
  await expect(otherDevice).toHaveURL(/\/sign-in/);
  await signIn(otherDevice, email, "an even better password");
  await expect(otherDevice.getByRole("heading", { name: "Incidents" })).toBeVisible();
});

test("the form explains a short or mistyped new password", async ({ page, browser, baseURL }) => {
  const admin = await (await newContext(browser, baseURL, "admin")).newPage();
  const email = uniqueEmail("account-errors");
  const oneTimePassword = await createUserAsAdmin(admin, { name: "Jamal Idris", email });
  await signIn(page, email, oneTimePassword);
  await page.getByLabel("One-time password").fill(oneTimePassword);
  await page.getByLabel("New password", { exact: true }).fill("too short");
  await page.getByLabel("New password again").fill("different");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The new password needs at least 12 characters.")).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill("long enough password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The two new passwords differ")).toBeVisible();
  await expect(page).toHaveURL(/\/account\/password$/);
});
