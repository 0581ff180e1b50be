import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { readCsv } from "../lib/csv/reader";
import { signInAndWait, storageStateFor } from "./fixtures";
import { newContext } from "./user-factory";

// Issue 15, item 1, as a new user would try it: a partner's coordinator exports and gets the shareable
// file; the recording organization's coordinator exports the full file with a reason and finds it in
// the audit log. The reference case MSF-2016-0001 (Sea-Watch partnered on it) on its day.
const CASE_DAY = "/incidents?period=custom&from=2016-10-25&to=2016-10-25";
const kpi = (page: Page, label: string) =>
  page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: label, exact: true }) }).locator(".kpi-value");

async function rowOfReferenceCase(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const text = readFileSync((await download.path())!, "utf8");
  const [header, ...records] = [...readCsv(text.replace(/^\uFEFF/, ""))].map((record) => record.fields);
  const fields = records.find((record) => record[0] === "MSF-2016-0001")!;
  return { text, filename: download.suggestedFilename(), row: Object.fromEntries(header.map((name, i) => [name, fields[i]])) };
}

test("a partner's coordinator exports the shareable file, and a full export still gives the partnered case shareable", async ({ browser, baseURL }) => {
  const page = await (await newContext(browser, baseURL)).newPage();
  await signInAndWait(page, "coordinator@sea-watch.example");
  await page.goto(CASE_DAY);
  await expect(page.getByText("“Export CSV” gives the shareable file")).toBeVisible();

  const shareable = await rowOfReferenceCase(page, () => page.getByRole("link", { name: "Export CSV" }).click());
  expect(shareable.row).toMatchObject({ occurred_at: "2016-10-25", latitude: "33.3", longitude: "12.6", position_text: "", narrative: "", source: "", infants: "<5" });
  expect(shareable.filename).toBe("rescue-ledger_incidents_2016-10-25_2016-10-25.csv");
  expect(shareable.text).not.toContain("eight-month-old");
  expect(shareable.text).not.toMatch(/T\d\d:\d\d/);

  await page.getByText("Full export (with a reason)").click();
  await page.getByLabel("Reason for the full export").fill("Sea-Watch body recovery report");
  const full = await rowOfReferenceCase(page, () => page.getByRole("button", { name: "Download full CSV" }).click());
  expect(full.row).toMatchObject({ occurred_at: "2016-10-25", narrative: "", infants: "<5" });
});

test.describe("as the MSF coordinator", () => {
  test.use({ storageState: storageStateFor("coordinator"), timezoneId: "Europe/Rome" });

  test("exports the full file with a reason and sees the reason in the audit log", async ({ page }) => {
    const reason = `Yearly report to the donor ${Date.now().toString(36)}`;
    await page.goto(CASE_DAY);
    await page.getByText("Full export (with a reason)").click();
    const field = page.getByLabel("Reason for the full export");
    await expect(field).toHaveAccessibleDescription(/Who gets the file and why/);

    // Without a reason the form says why, from the route's own schema, and downloads nothing.
    await page.getByRole("button", { name: "Download full CSV" }).click();
    await expect(page.getByText("Give the reason for a full export: it is kept in the audit log.")).toBeVisible();
    await expect(field).toHaveAttribute("aria-invalid", "true");

    await field.fill(reason);
    const full = await rowOfReferenceCase(page, () => page.getByRole("button", { name: "Download full CSV" }).click());
    expect(full.row).toMatchObject({ occurred_at: "2016-10-25T06:30:00.000Z", latitude: "33.25", position_text: "33°15.0'N 012°36.0'E", infants: "1" });
    expect(full.row.narrative).toContain("eight-month-old");
    expect(full.filename).toBe("rescue-ledger_incidents-full_2016-10-25_2016-10-25.csv");
    await expect(page).toHaveURL(/\/incidents\?/);

    await page.goto("/audit?action=EXPORT&actor=coordinator%40msf.example");
    const row = page.getByRole("row").filter({ hasText: reason });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Exported");
    await expect(row).toContainText("full");
  });

  test("shows the dashboard's figures for partners: totals rounded to 5, small ones suppressed, single cases left out", async ({ page }) => {
    await page.goto("/dashboard?period=custom&from=2016-10-25&to=2016-10-25&status=VERIFIED");
    const filters = page.getByRole("search", { name: "Filters" });
    await filters.getByLabel("Vessel").selectOption("Bourbon Argos");
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(kpi(page, "Persons rescued")).toHaveText("246");
    await expect(page.getByRole("heading", { name: "Where" })).toBeVisible();

    await filters.getByLabel("Figures for partners").check();
    await expect(filters.getByLabel("Figures for partners")).toHaveAccessibleDescription(/Totals rounded to a multiple of 5/);
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/figures=partners/);
    await expect(kpi(page, "Incidents")).toHaveText("<5");
    await expect(kpi(page, "Persons rescued")).toHaveText("245");
    await expect(kpi(page, "Dead")).toHaveText("30");
    await expect(page.getByRole("heading", { name: "Where" })).toHaveCount(0);
    await expect(filters.getByLabel("Figures for partners")).toBeChecked();
  });
});
