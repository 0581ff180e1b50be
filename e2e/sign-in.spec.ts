import { expect, test } from "@playwright/test";
import { signIn, signInAndWait, SIGN_INS } from "./fixtures";

test("an anonymous visitor is sent to sign-in", async ({ page }) => {
  await page.goto("/incidents");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { name: "Rescue Ledger" })).toBeVisible();
  // The tab's icon is served to visitors who are not signed in yet.
  const icon = await page.request.get((await page.locator('link[rel="icon"]').getAttribute("href"))!, { maxRedirects: 0 });
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toBe("image/svg+xml");
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await signIn(page, SIGN_INS.admin, "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is wrong." })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an empty form says what is missing", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await expect(page.getByText("Enter your password.")).toBeVisible();
});

for (const [role, email] of [["field", "field@sos-med.example"], ["coordinator", "coordinator@sea-watch.example"], ["admin", "admin@msf.example"]]) {
  test(`the demo ${role} signs in and out`, async ({ page }) => {
    await signInAndWait(page, email);
    await expect(page.getByRole("banner")).toContainText(role === "field" ? "Field staff" : role === "admin" ? "Administrator" : "Coordinator");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/incidents");
    await expect(page).toHaveURL(/\/sign-in/);
  });
}
