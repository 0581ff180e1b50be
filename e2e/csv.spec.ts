import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { createHttpWorld, signInState } from "./access-world";
import { storageStateFor } from "./fixtures";

// CSV export of the filtered list and a CSV import with a dry run, as the MSF coordinator. The import
// writes a draft in 1995, outside what other specs count (they show submitted and verified incidents).
const CASE_DAY = "/incidents?period=custom&from=2016-10-25&to=2016-10-25";

const IMPORT_FILE = [
  "reference,status,occurred_at,position_text,rescued,dead,missing,narrative",
  ',DRAFT,1995-06-01T10:00:00Z,"35.1, 14.2",12,,,"Imported by the end-to-end test, line one\nline two"',
  ",DRAFT,1995-06-02T10:00:00Z,\"35.1, 14.2\",-4,,,Bad row",
].join("\r\n");

test.describe("as the MSF coordinator", () => {
  test.use({ storageState: storageStateFor("coordinator") });

  test("exports the filtered list as CSV (the link gives the shareable file)", async ({ page }) => {
    await page.goto(CASE_DAY);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
    expect(download.suggestedFilename()).toBe("rescue-ledger_incidents_2016-10-25_2016-10-25.csv");
    const text = readFileSync((await download.path())!, "utf8");
    expect(text.startsWith("\uFEFFreference,status,organization,occurred_at,latitude,longitude,")).toBe(true);
    const row = text.split("\n").find((line) => line.startsWith("MSF-2016-0001,"));
    expect(row).toContain("MSF-2016-0001,VERIFIED,MSF,2016-10-25,33.3,12.6,,");
    expect(row).toContain(",INFLATABLE,TAKING_WATER,,107,29,0,");
    expect(text).toContain("MSF-2016-0002,");
  });

  test("imports a CSV after a dry run that shows the row in error", async ({ page }) => {
    await page.goto("/incidents");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import" }).click();
    await expect(page.getByRole("heading", { name: "Import incidents" })).toBeVisible();
    await page.getByLabel("CSV file").setInputFiles({ name: "e2e-import.csv", mimeType: "text/csv", buffer: Buffer.from(IMPORT_FILE) });
    await page.getByRole("button", { name: "Check file (dry run)" }).click();

    const report = page.getByRole("region", { name: "Dry run: nothing written yet" });
    await expect(report).toBeVisible();
    await expect(report.getByRole("definition")).toHaveText(["2", "1", "0", "0", "1", "0"]);
    const problem = report.getByRole("row").filter({ hasText: "cannot be negative" });
    await expect(problem.getByRole("cell")).toHaveText(["3", "rescued", "-4", "Error A count cannot be negative."]);
    const [problems] = await Promise.all([page.waitForEvent("download"), report.getByRole("button", { name: "Download problems (CSV)" }).click()]);
    expect(readFileSync((await problems.path())!, "utf8")).toContain("3,rescued,'-4,error,A count cannot be negative.");

    await page.getByRole("button", { name: "Import 1 row" }).click();
    const done = page.getByRole("region", { name: "Import done" });
    await expect(done).toBeVisible();
    await expect(done.getByRole("definition").nth(1)).toHaveText("1");
  });
});

// Today's IOM download, imported by a coordinator of an organization of its own (its 2025 records stay out
// of what the other specs count); two of its records are one event (Main ID 2025.MMP00110).
test("imports today's IOM download and links the records of one event on their case pages", async ({ browser, playwright, baseURL }) => {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const world = await createHttpWorld(db);
  await db.end();
  const context = await browser.newContext({ baseURL, storageState: await signInState(playwright.request, baseURL!, world.emails.COORDINATOR) });
  const page = await context.newPage();
  await page.goto("/import");
  await page.getByLabel("CSV file").setInputFiles("lib/data/import/fixtures/iom-today.csv");
  await page.getByRole("button", { name: "Check file (dry run)" }).click();
  await expect(page.getByRole("region", { name: "Dry run: nothing written yet" })).toContainText("IOM Missing Migrants layout");
  await page.getByRole("button", { name: "Import 10 rows" }).click();
  await expect(page.getByRole("region", { name: "Import done" })).toBeVisible();

  const [zuwara, sabratha] = [`${world.own.shortName}-IOM-2025.MMP00110`, `${world.own.shortName}-IOM-2025.MMP00111`];
  await page.goto("/incidents?period=all");
  await page.getByRole("link", { name: zuwara }).click();
  await expect(page.getByRole("heading", { name: zuwara, level: 1 })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Beach west of Zuwara, Libya" })).toBeVisible();
  const event = page.getByRole("region", { name: "Other records of this event" });
  await expect(event).toContainText("Beach of Sabratha, Libya");
  await event.getByRole("link", { name: sabratha }).click();
  await expect(page.getByRole("heading", { name: sabratha, level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Other records of this event" }).getByRole("link", { name: zuwara })).toBeVisible();
  await context.close();
});
