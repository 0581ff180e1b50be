import { expect, test } from "@playwright/test";
import { signInState } from "./access-world";
import { createMember, PASSWORD, withDb } from "./security-world";

// Before the page's scripts run (a slow satellite link, or scripts the policy refused), a form is
// submitted by the browser itself: a password must then travel in a POST body, never in the URL,
// where it would land in the history, the server's log and any proxy's.
test("forms with a password, submitted before scripts run, put no password in the URL", async ({ browser, playwright, baseURL }) => {
  const member = await withDb((db) => createMember(db));
  const anonymous = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const signInPage = await anonymous.newPage();
  await signInPage.goto("/sign-in");
  await signInPage.getByLabel("Email").fill(member.email);
  await signInPage.getByLabel("Password").fill(PASSWORD);
  const signIn = signInPage.waitForRequest((r) => r.isNavigationRequest());
  await signInPage.getByRole("button", { name: "Sign in" }).click();
  expect((await signIn).method()).toBe("POST");
  expect((await signIn).url()).toBe(`${baseURL}/sign-in`);
  expect((await (await signIn).response())?.status()).toBe(200);

  const signedIn = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: await signInState(playwright.request, baseURL!, member.email, PASSWORD) });
  const accountPage = await signedIn.newPage();
  await accountPage.goto("/account");
  await accountPage.getByLabel("Current password").fill(PASSWORD);
  await accountPage.getByLabel("New password", { exact: true }).fill("a new password nobody guesses");
  await accountPage.getByLabel("New password again").fill("a new password nobody guesses");
  const change = accountPage.waitForRequest((r) => r.isNavigationRequest());
  await accountPage.getByRole("button", { name: "Change password" }).click();
  expect((await change).method()).toBe("POST");
  expect((await change).url()).toBe(`${baseURL}/account`);
  expect((await (await change).response())?.status()).toBe(200);
  await Promise.all([anonymous.close(), signedIn.close()]);
});
