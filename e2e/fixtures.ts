import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "ledger-demo-2016";

export const SIGN_INS = {
  field: "field@msf.example",
  coordinator: "coordinator@msf.example",
  admin: "admin@msf.example",
  partnerField: "field@sea-watch.example",
} as const;

export type SignInName = keyof typeof SIGN_INS;

export const storageStateFor = (name: SignInName) => `e2e/.auth/${name}.json`;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signInAndWait(page: Page, email: string) {
  await signIn(page, email);
  await expect(page.getByRole("heading", { name: "Incidents" })).toBeVisible();
}
