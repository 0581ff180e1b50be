import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";
import { createMember, PASSWORD, withDb } from "./security-world";
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

test("parallel sign-ins over HTTP are taken one at a time: five passwords checked, and a right one among them cannot unlock", async ({ playwright, baseURL }) => {
  const [guessed, known] = await withDb(async (db) => [await createMember(db), await createMember(db)]);
  const request = await playwright.request.newContext({ baseURL });
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signInOver = async (email: string, password: string) => {
    const response = await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" }, maxRedirects: 0 });
    return new URL(((await response.json()) as { url: string }).url).searchParams.get("error") ?? "signed in";
  };
  const answers = (list: string[]) => Object.fromEntries([...new Set(list)].map((answer) => [answer, list.filter((a) => a === answer).length]));

  const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => signInOver(guessed.email, `wrong password ${i}`)));
  expect(answers(burst)).toEqual({ invalid: 4, locked: 16 });
  expect(await signInOver(guessed.email, PASSWORD)).toBe("locked");

  await Promise.all([...Array.from({ length: 19 }, (_, i) => signInOver(known.email, `wrong password ${i}`)), signInOver(known.email, PASSWORD)]);
  expect(await signInOver(known.email, PASSWORD)).toBe("locked");
  await request.dispose();
});
