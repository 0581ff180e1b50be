import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./fixtures";

const BOURBON_ARGOS = "MSF-2016-0001";

// Until the list has filters, look for a row page by page.
async function findRow(page: Page, reference: string) {
  await page.goto("/incidents");
  const pageCount = Number((await page.getByText(/Page 1 of \d+/).textContent())?.match(/of (\d+)/)?.[1]);
  for (let n = 1; n <= pageCount; n++) {
    if (n > 1) await page.goto(`/incidents?page=${n}`);
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: reference, exact: true }) });
    if (await row.count()) return row;
  }
  throw new Error(`No row for ${reference} in ${pageCount} pages`);
}

test.describe("as the MSF coordinator", () => {
  test.use({ storageState: storageStateFor("coordinator"), timezoneId: "Europe/Rome" });

  test("sees the Bourbon Argos case in the list with its figures", async ({ page }) => {
    const row = await findRow(page, BOURBON_ARGOS);
    await expect(row.getByRole("cell")).toHaveText(["25 Oct 2016, 08:30 CEST", "Bourbon Argos", "33°15.000′N 012°36.000′E", "107", "29", "0", "Verified"]);
  });

  test("pages through the list newest first", async ({ page }) => {
    await page.goto("/incidents");
    await expect(page.getByText(/Page 1 of \d+/)).toBeVisible();
    const firstPageDates = await page.locator("tbody time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
    expect(firstPageDates.length).toBe(25);
    expect([...firstPageDates].sort().reverse()).toEqual(firstPageDates);
    await page.getByRole("link", { name: "Next →" }).click();
    await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();
  });
});

test.describe("as the Sea-Watch field user", () => {
  test.use({ storageState: storageStateFor("partnerField") });

  test("sees the Bourbon Argos case as a partner", async ({ page }) => {
    const row = await findRow(page, BOURBON_ARGOS);
    await expect(row.getByRole("cell", { name: "Bourbon Argos" })).toBeVisible();
  });
});
