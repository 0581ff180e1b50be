import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { signInState } from "./access-world";

// Issue 13, item 6: a coordinator of an organization of its own (so that no other spec changes its
// count) finds three submitted cases waiting, and verifies two of them at once by keyboard alone.
const unique = () => randomUUID().slice(0, 8);
const PASSWORD = "review spec password";

async function reviewWorld() {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const shortName = `R${unique().slice(0, 6)}`.toUpperCase();
    const { rows: [org] } = await db.query<{ id: string }>(
      `INSERT INTO "Organization" (name, "shortName", country, "updatedAt") VALUES ($1, $1, 'Italy', now()) RETURNING id`, [shortName]);
    const email = `review-${unique()}@e2e.example`;
    await db.query(`INSERT INTO "User" (email, name, "passwordHash", role, "organizationId", "updatedAt") VALUES ($1, 'Review Coordinator', $2, 'COORDINATOR', $3, now())`,
      [email, await hash(PASSWORD), org.id]);
    const references = ["2016-10-01", "2016-10-02", "2016-10-03"].map((day, n) => ({ day, reference: `${shortName}-2016-000${n + 1}` }));
    for (const { day, reference } of references) {
      await db.query(`INSERT INTO "Incident" (reference, "organizationId", status, "occurredAt", rescued, dead, missing, "updatedAt")
        VALUES ($1, $2, 'SUBMITTED', $3, 20, 0, 0, now())`, [reference, org.id, `${day}T08:00:00Z`]);
    }
    return { email, references: references.map((r) => r.reference) };
  } finally {
    await db.end();
  }
}

async function tabTo(page: Page, isTarget: () => Promise<boolean>) {
  for (let presses = 0; !(await isTarget()); presses++) {
    if (presses > 80) throw new Error("Not reachable with Tab");
    await page.keyboard.press("Tab");
  }
}

test("a coordinator sees the count, verifies two cases at once by keyboard, and the count drops", async ({ browser, baseURL, playwright }) => {
  const world = await reviewWorld();
  const context = await browser.newContext({ baseURL, storageState: await signInState(playwright.request, baseURL!, world.email, PASSWORD) });
  const page = await context.newPage();
  await page.goto("/incidents");
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "To review (3)" }).click();
  await expect(page.getByRole("heading", { name: "To review" })).toBeVisible();
  await expect(page.locator(".review-reference")).toHaveText(world.references); // oldest first

  const [first, second, third] = world.references.map((reference) => page.getByRole("checkbox", { name: reference }));
  await page.locator("body").focus();
  await tabTo(page, () => first.evaluate((el) => el === document.activeElement));
  await page.keyboard.press("Space");
  await tabTo(page, () => second.evaluate((el) => el === document.activeElement));
  await page.keyboard.press("Space");
  await expect(first).toBeChecked();
  await expect(second).toBeChecked();
  await expect(third).not.toBeChecked();
  const verify = page.getByRole("button", { name: "Verify selected" });
  await tabTo(page, () => verify.evaluate((el) => el === document.activeElement));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("status")).toContainText(`Verified: ${world.references[0]}, ${world.references[1]}.`);
  await expect(nav.getByRole("link", { name: "To review (1)" })).toBeVisible();
  await expect(page.locator(".review-reference")).toHaveText([world.references[2]]);
  await context.close();
});
