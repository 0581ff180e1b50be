import { expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { signIn } from "./fixtures";
import { createMember, type Member, PASSWORD, withDb } from "./security-world";

// The import runs as background jobs: the check and the import go on with the tab closed, are found again on
// the import page, and can be cancelled — a cancelled import keeps nothing. A coordinator of an organization of
// the test's own, so that its counts and its reference numbers are the test's alone.
const FILE = [
  "occurred_at,position_text,rescued,narrative",
  '1995-06-01T10:00:00Z,"35.1, 14.2",12,First row of a background import',
  '1995-06-02T10:00:00Z,"35.2, 14.3",7,Second row of a background import',
].join("\r\n");

const incidentsOf = (member: Member) => withDb(async (db) => (await db.query(`SELECT count(*)::int AS n FROM "Incident" WHERE "organizationId" = $1`, [member.organizationId])).rows[0].n);

async function coordinatorChecksTheFile(page: Page) {
  const member = await withDb((db) => createMember(db, "COORDINATOR"));
  await signIn(page, member.email, PASSWORD);
  await expect(page).toHaveURL(/\/incidents$/);
  await page.goto("/import");
  // By keyboard: the file input, then the check button.
  await page.getByLabel("CSV file").setInputFiles({ name: "background.csv", mimeType: "text/csv", buffer: Buffer.from(FILE) });
  await page.getByRole("button", { name: "Check file (dry run)" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/import\/jobs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("status").filter({ hasText: "Check done: read the report below, then import." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Dry run: nothing written yet" }).getByRole("definition").first()).toHaveText("2");
  return member;
}

test("a check and an import run in the background, and are found again on the import page after the tab is left", async ({ page }) => {
  const member = await coordinatorChecksTheFile(page);
  const jobUrl = page.url();
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  // Leave at once: the import goes on without the page.
  await page.goto("/import");
  const recent = page.getByRole("region", { name: "Recent imports" });
  await expect(recent.getByRole("link", { name: /background\.csv/ }).first()).toBeVisible();
  await expect.poll(() => incidentsOf(member)).toBe(2);
  await page.reload();
  await recent.getByRole("link", { name: /background\.csv, imported/ }).click();
  await expect(page).toHaveURL(jobUrl);
  await expect(page.getByRole("status").filter({ hasText: "Import done." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Import done" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import \d+ rows?$/ })).toHaveCount(0);
});

test("a cancelled import keeps nothing, even when its rows were already written", async ({ page }) => {
  const member = await coordinatorChecksTheFile(page);
  // Hold the organization's reference counter: the import writes up to its numbering, then waits there.
  const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await holder.connect();
  try {
    await holder.query("BEGIN");
    await holder.query(`INSERT INTO "ReferenceCounter" ("organizationId", year, "lastNumber") VALUES ($1, 1995, 0)`, [member.organizationId]);
    await page.getByRole("button", { name: "Import 2 rows" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Importing…" })).toBeVisible();
    await expect(page.getByRole("progressbar", { name: "Progress of the run" })).toBeVisible();
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Cancelling…" })).toBeVisible();
  } finally {
    await holder.query("ROLLBACK");
    await holder.end();
  }
  await expect(page.getByRole("status").filter({ hasText: "Cancelled: nothing of this run was kept." })).toBeVisible();
  expect(await incidentsOf(member)).toBe(0);
});

test("another organization's coordinator cannot open a job", async ({ page, baseURL, browser }) => {
  await coordinatorChecksTheFile(page);
  const jobPath = new URL(page.url()).pathname;
  const stranger = await withDb((db) => createMember(db, "COORDINATOR"));
  const other = await (await browser.newContext({ baseURL })).newPage();
  await signIn(other, stranger.email, PASSWORD);
  await expect(other).toHaveURL(/\/incidents$/);
  expect((await other.goto(jobPath))!.status()).toBe(404);
  expect((await other.request.get(`${jobPath}/status`)).status()).toBe(404);
  await other.context().close();
});
