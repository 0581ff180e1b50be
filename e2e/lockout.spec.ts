import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";
import { chooseNewPassword, createUserAsAdmin, newContext, openUserAsAdmin, readOneTimePassword, uniqueEmail } from "./user-factory";

test("five wrong passwords lock the account until an admin resets it", async ({ page, browser, baseURL }) => {
  const admin = await (await newContext(browser, baseURL, "admin")).newPage();
  const email = uniqueEmail("lockout");
  const oneTimePassword = await createUserAsAdmin(admin, { name: "Lotte Visser", email });

  for (let attempt = 1; attempt <= 4; attempt++) {
    await signIn(page, email, `wrong password ${attempt}`);
    await expect(page.getByRole("alert").filter({ hasText: "Email or password is wrong." })).toBeVisible();
  }
  await signIn(page, email, "wrong password 5");
  await expect(page.getByRole("alert").filter({ hasText: "this account is locked for 15 minutes" })).toBeVisible();
  await signIn(page, email, oneTimePassword);
  await expect(page.getByRole("alert").filter({ hasText: "this account is locked for 15 minutes" })).toBeVisible();

  await openUserAsAdmin(admin, "Lotte Visser", email);
  await expect(admin.getByText("Locked", { exact: true })).toBeVisible();
  await admin.getByRole("button", { name: "Reset password" }).click();
  const resetPassword = await readOneTimePassword(admin);
  await signIn(page, email, resetPassword);
  await chooseNewPassword(page, resetPassword);
  await expect(page.getByRole("heading", { name: "Incidents" })).toBeVisible();
});
