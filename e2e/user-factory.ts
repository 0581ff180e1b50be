import { expect, type Browser, type Page } from "@playwright/test";
import { signIn, storageStateFor } from "./fixtures";

const ONE_TIME_PASSWORD = /^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$/;
export const NEW_PASSWORD = "a sturdy sea-going password";

export function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@e2e.example`;
}

/** A browser context with no one signed in (or the given demo user), independent of the test's own. */
export async function newContext(browser: Browser, baseURL: string | undefined, as?: "admin" | "coordinator" | "field") {
  return browser.newContext({ baseURL, storageState: as ? storageStateFor(as) : { cookies: [], origins: [] } });
}

export async function readOneTimePassword(page: Page) {
  const code = page.getByText(ONE_TIME_PASSWORD);
  await expect(code).toBeVisible();
  return (await code.textContent())!;
}

/** Creates a user of the admin's organization through the admin pages; returns the one-time password shown once. */
export async function createUserAsAdmin(adminPage: Page, user: { name: string; email: string; role?: "FIELD" | "COORDINATOR" | "ADMIN" }) {
  await adminPage.goto("/admin/users/new");
  await adminPage.getByLabel("Full name").fill(user.name);
  await adminPage.getByLabel("Email").fill(user.email);
  await adminPage.getByLabel("Role").selectOption(user.role ?? "FIELD");
  await adminPage.getByRole("button", { name: "Create user" }).click();
  await expect(adminPage.getByRole("heading", { name: `${user.name} can now sign in` })).toBeVisible();
  return readOneTimePassword(adminPage);
}

/** Replaces a one-time password on the forced-change page. */
export async function chooseNewPassword(page: Page, oneTimePassword: string, newPassword = NEW_PASSWORD) {
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.getByLabel("One-time password").fill(oneTimePassword);
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("New password again").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
}

/** First sign-in of a new user: one-time password, forced change, lands on the incident list. */
export async function completeFirstSignIn(page: Page, email: string, oneTimePassword: string) {
  await signIn(page, email, oneTimePassword);
  await chooseNewPassword(page, oneTimePassword);
  await expect(page.getByRole("heading", { name: "Incidents" })).toBeVisible();
}

/** An admin's page for one user, found through the list. */
export async function openUserAsAdmin(adminPage: Page, name: string, email: string) {
  await adminPage.goto("/admin/users");
  await adminPage.getByRole("row").filter({ hasText: email }).getByRole("link", { name }).click();
  await expect(adminPage.getByRole("heading", { name, level: 1 })).toBeVisible();
}
