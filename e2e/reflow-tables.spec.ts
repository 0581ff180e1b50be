import { expect, test, type Locator, type Page } from "@playwright/test";
import { storageStateFor } from "./fixtures";
import { svgTextProblems } from "./reflow-checks";

// Tables on a phone: the incident list shows its figures without sideways scrolling; tables that must
// stay wide scroll inside a region that the keyboard reaches and scrolls; the monthly chart stays legible.
test.use({ storageState: storageStateFor("coordinator"), viewport: { width: 360, height: 800 } });

const scrollLeft = (region: Locator) => region.evaluate((el) => el.scrollLeft);

/** Each element lies within the 360 px screen's width (vertically it may be further down the page). */
async function expectWithinScreen(elements: Locator) {
  expect(await elements.count()).toBeGreaterThan(0);
  for (const element of await elements.all()) {
    const box = (await element.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  }
}

async function scrollsWithArrowKeys(page: Page, region: Locator) {
  await expect(region).toBeFocused();
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect(await scrollLeft(region)).toBe(0);
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => scrollLeft(region)).toBeGreaterThan(0);
}

test("the audit table is reached with Tab and scrolled with the arrow keys", async ({ page }) => {
  await page.goto("/audit");
  await page.getByRole("link", { name: "Clear filters" }).focus();
  await page.keyboard.press("Tab");
  await scrollsWithArrowKeys(page, page.getByRole("region", { name: "Audit events" }));
});

test("the Bourbon Argos evacuations fit a phone whole, each column in view", async ({ page }) => {
  await page.goto("/incidents?period=custom&from=2016-10-25&to=2016-10-25");
  await page.getByRole("link", { name: "MSF-2016-0001", exact: true }).click();
  const evacuations = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Means" }) });
  await expect(evacuations.getByRole("row", { name: /^2 Helicopter/ })).toBeVisible();
  await expectWithinScreen(evacuations.getByRole("columnheader"));
  await expect(page.getByRole("region", { name: "Evacuations table" })).toHaveCount(0);
});

test("the yearly figures, too wide for a phone, are scrolled with the arrow keys", async ({ page }) => {
  await page.goto("/dashboard");
  const region = page.getByRole("region", { name: "Figures per year" });
  await expect(region).toHaveAttribute("tabindex", "0");
  await region.focus();
  await scrollsWithArrowKeys(page, region);
});

test("the incident list shows each case's figures on a phone, without sideways scrolling, as a table", async ({ page }) => {
  await page.goto("/incidents?period=custom&from=2016-10-25&to=2016-10-25&status=VERIFIED");
  const table = page.getByRole("table", { name: "Incidents, newest first" });
  // As rendered (innerText): on a phone the headers' sort links give way to their plain names.
  await expect(table.getByRole("columnheader")).toHaveText(["Reference", "Occurred at", "Vessel", "Position", "Rescued", "Dead", "Missing", "Status"], { useInnerText: true });
  await expect(table.getByRole("columnheader").getByRole("link")).toHaveCount(0);
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "MSF-2016-0001" }) });
  await expect(row.getByRole("cell")).toHaveText([/25 Oct 2016/, "Bourbon Argos", /33°15/, "107", "29", "0", "Verified"]);
  await expectWithinScreen(row.getByRole("cell").filter({ hasText: /^\d+$/ }));
  expect(await table.evaluate((el) => el.getBoundingClientRect().right <= document.documentElement.clientWidth)).toBe(true);
  await expect(page.getByRole("region", { name: "Incidents, newest first" })).toHaveCount(0);
});

test("the monthly chart's labels stay legible on a phone", async ({ page }) => {
  await page.goto("/dashboard");
  const chart = page.getByRole("img", { name: /Persons rescued and dead \+ missing per month/ });
  await expect(chart).toBeVisible();
  await expect.poll(() => svgTextProblems(page)).toEqual([]);
  const labels = await chart.locator("text").evaluateAll((texts) => texts.map((t) => t.textContent));
  expect(labels).toEqual(expect.arrayContaining(["Rescued", "Dead + missing", "2016", "2017"]));
});
