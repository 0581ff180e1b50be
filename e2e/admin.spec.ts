import { expect, test } from "@playwright/test";
import { signIn, storageStateFor } from "./fixtures";
import { chooseNewPassword, completeFirstSignIn, createUserAsAdmin, newContext, NEW_PASSWORD, openUserAsAdmin, uniqueEmail } from "./user-factory";

test.describe("as the MSF admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("a new user must replace the one-time password at first sign-in", async ({ page, browser, baseURL }) => {
    const email = uniqueEmail("new-user");
    const oneTimePassword = await createUserAsAdmin(page, { name: "Yusuf Okafor", email });
    await expect(page.getByText("It is shown only now.")).toBeVisible();

    const user = await (await newContext(browser, baseURL)).newPage();
    await signIn(user, email, oneTimePassword);
    await expect(user.getByRole("heading", { name: "Choose your password" })).toBeVisible();
    await user.goto("/incidents");
    await expect(user).toHaveURL(/\/account\/password$/);
    await chooseNewPassword(user, oneTimePassword);
    await expect(user.getByRole("heading", { name: "Incidents" })).toBeVisible();

    await user.getByRole("button", { name: "Sign out" }).click();
    await expect(user).toHaveURL(/\/sign-in/);
    await signIn(user, email, oneTimePassword);
    await expect(user.getByRole("alert").filter({ hasText: "Email or password is wrong." })).toBeVisible();
    await signIn(user, email, NEW_PASSWORD);
    await expect(user.getByRole("heading", { name: "Incidents" })).toBeVisible();
  });

  test("deactivating a signed-in user ends their session at their next request", async ({ page, browser, baseURL }) => {
    const email = uniqueEmail("deactivated");
    const oneTimePassword = await createUserAsAdmin(page, { name: "Petra Novak", email });
    const user = await (await newContext(browser, baseURL)).newPage();
    await completeFirstSignIn(user, email, oneTimePassword);

    await openUserAsAdmin(page, "Petra Novak", email);
    await page.getByRole("button", { name: "Deactivate account" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Petra Novak is deactivated" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Reactivate account" })).toBeVisible();

    await user.reload();
    await expect(user).toHaveURL(/\/sign-in/);
    await signIn(user, email, NEW_PASSWORD);
    await expect(user.getByRole("alert").filter({ hasText: "Email or password is wrong." })).toBeVisible();
  });

  test("a role change takes effect at the user's next request", async ({ page, browser, baseURL }) => {
    const email = uniqueEmail("promoted");
    const oneTimePassword = await createUserAsAdmin(page, { name: "Karim Haddad", email, role: "FIELD" });
    const user = await (await newContext(browser, baseURL)).newPage();
    await completeFirstSignIn(user, email, oneTimePassword);
    await expect(user.getByRole("link", { name: "Audit" })).toHaveCount(0);

    await openUserAsAdmin(page, "Karim Haddad", email);
    await page.getByLabel("Role").selectOption("COORDINATOR");
    await page.getByRole("button", { name: "Change role" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Karim Haddad is now Coordinator" })).toBeVisible();

    await user.reload();
    await expect(user).toHaveURL(/\/sign-in/);
    await signIn(user, email, NEW_PASSWORD);
    await expect(user.getByRole("banner")).toContainText("Coordinator");
    await expect(user.getByRole("link", { name: "Audit" })).toBeVisible();
  });

  test("an admin cannot deactivate themself or drop their own admin role", async ({ page }) => {
    await openUserAsAdmin(page, "Ingrid Solberg", "admin@msf.example");
    await expect(page.getByText("you cannot remove your own administrator role or deactivate yourself")).toBeVisible();
    await expect(page.getByRole("button", { name: "Deactivate account" })).toHaveCount(0);
  });

  test("adds a vessel; a wrong IMO check digit and a duplicate IMO are explained", async ({ page }) => {
    const name = `Ocean Viking ${Date.now().toString(36)}`;
    const sixDigits = String(100_000 + Math.floor(Math.random() * 900_000));
    const imo = sixDigits + ([...sixDigits].reduce((sum, d, i) => sum + Number(d) * (7 - i), 0) % 10);
    await page.goto("/admin/vessels/new");
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("IMO number (optional)").fill(imo.slice(0, 6) + ((Number(imo[6]) + 1) % 10));
    await page.getByRole("button", { name: "Create vessel" }).click();
    await expect(page.getByText("This IMO number's check digit does not match")).toBeVisible();
    await page.getByLabel("IMO number (optional)").fill(imo);
    await page.getByRole("button", { name: "Create vessel" }).click();
    await expect(page).toHaveURL(/\/admin\/vessels$/);
    await expect(page.getByRole("row").filter({ hasText: name })).toContainText(imo);

    await page.goto("/admin/vessels/new");
    await page.getByLabel("Name").fill(`${name} II`);
    await page.getByLabel("IMO number (optional)").fill(imo);
    await page.getByRole("button", { name: "Create vessel" }).click();
    await expect(page.getByText(`The vessel ${name} already has the IMO number ${imo}.`).first()).toBeVisible();
  });

  test("sees only their own organization and cannot add organizations", async ({ page }) => {
    await page.goto("/admin/organizations");
    await expect(page.getByRole("row")).toHaveCount(2);
    await expect(page.getByRole("link", { name: "Add organization" })).toHaveCount(0);
    await page.getByRole("link", { name: "Médecins Sans Frontières" }).click();
    await page.getByLabel("Short name").fill("m");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("A short name is 2–8 capital letters or digits")).toBeVisible();
    await page.goto("/admin/organizations/new");
    await expect(page.getByText(/could not be found/i)).toBeVisible();
  });
});

test.describe("as a field user", () => {
  test.use({ storageState: storageStateFor("field") });

  test("there is no Admin or Audit link, and the admin and audit pages do not exist", async ({ page }) => {
    await page.goto("/incidents");
    await expect(page.getByRole("link", { name: "Account" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Audit" })).toHaveCount(0);
    for (const path of ["/admin/users", "/admin/vessels", "/audit"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
    }
  });
});
