import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./fixtures";

const BOURBON_ARGOS = "MSF-2016-0001";

const CASE_DAY = "/incidents?period=custom&from=2016-10-25&to=2016-10-25";

async function findRow(page: Page, reference: string) {
  await page.goto(CASE_DAY);
  return page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: reference, exact: true }) });
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

  test("showing the list renders no other page ahead; a row still opens its incident", async ({ page }) => {
    const ahead: string[] = [];
    page.on("request", (request) => {
      if (request.headers()["next-router-prefetch"] || request.url().includes("_rsc=")) ahead.push(request.url());
    });
    await page.goto("/incidents");
    const pagination = page.getByRole("navigation", { name: "Pagination" });
    await pagination.scrollIntoViewIfNeeded();
    // Next prefetches a link when its IntersectionObserver reports it, then when the browser is idle: ours,
    // created later, is told after Next's; two idle callbacks and a quiet network later, any prefetch was sent.
    await pagination.evaluate((nav) => new Promise<void>((resolve) => {
      const observer = new IntersectionObserver((entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        requestIdleCallback(() => requestIdleCallback(() => resolve()));
      });
      observer.observe(nav);
    }));
    await page.waitForLoadState("networkidle");
    expect(ahead).toEqual([]);
    const first = page.locator("tbody").getByRole("rowheader").first().getByRole("link");
    const reference = await first.textContent();
    await first.click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(reference!);
  });

  test("sorts by a column header, by keyboard, keeping the filters", async ({ page }) => {
    await page.goto(CASE_DAY);
    const header = (name: string) => page.getByRole("columnheader", { name });
    await expect(header("Occurred at")).toHaveAttribute("aria-sort", "descending");
    await header("Rescued").getByRole("link").focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/from=2016-10-25.*sort=most-rescued/);
    await expect(header("Rescued")).toHaveAttribute("aria-sort", "descending");
    await expect(header("Occurred at")).not.toHaveAttribute("aria-sort");
    // Other specs may add cases on that day: the order is what is checked, not the whole list.
    const references = page.locator("tbody").getByRole("rowheader");
    await expect(references.filter({ hasText: BOURBON_ARGOS })).toHaveCount(1);
    const rescued = (await page.locator('tbody td[data-cell="rescued"]').allTextContents()).map((cell) => Number(cell.replace(/\D/g, "") || -1));
    expect(rescued).toEqual([...rescued].sort((a, b) => b - a));
    const shown = await references.allTextContents();
    expect(shown.indexOf("MSF-2016-0002")).toBeLessThan(shown.indexOf(BOURBON_ARGOS)); // 139 rescued, then 107
    await header("Occurred at").getByRole("link").click();
    await expect(header("Occurred at")).toHaveAttribute("aria-sort", "descending");
    await header("Occurred at").getByRole("link").click();
    await expect(page).toHaveURL(/sort=oldest/);
    await expect(header("Occurred at")).toHaveAttribute("aria-sort", "ascending");
    await expect(page.getByLabel("Sort")).toHaveValue("oldest");
  });

  test("filters by period and boat type through the form, keeping the filters in the URL", async ({ page }) => {
    await page.goto("/incidents");
    await page.getByLabel("Period").selectOption("Custom range");
    await page.getByLabel("From").fill("2016-10-25");
    await page.getByLabel("To").fill("2016-10-25");
    await page.getByLabel("Boat type").selectOption("Wooden");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/from=2016-10-25.*boatType=WOODEN/);
    await expect(page.getByRole("rowheader", { name: "MSF-2016-0002", exact: true })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: BOURBON_ARGOS, exact: true })).toHaveCount(0);
    await page.getByLabel("Boat type").selectOption("Any");
    await page.getByLabel("Draft").check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/status=DRAFT/);
    await expect(page.getByRole("rowheader", { name: BOURBON_ARGOS, exact: true })).toBeVisible();
  });
});

test.describe("as the Sea-Watch field user", () => {
  test.use({ storageState: storageStateFor("partnerField") });

  test("sees the Bourbon Argos case as a partner", async ({ page }) => {
    const row = await findRow(page, BOURBON_ARGOS);
    await expect(row.getByRole("cell", { name: "Bourbon Argos" })).toBeVisible();
  });
});
