import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./fixtures";

// Issue 13, item 6: the search box finds the reference case, and its text never enters a URL.
const BOURBON_ARGOS = "MSF-2016-0001";

async function searchFor(page: Page, text: string) {
  const box = page.getByRole("searchbox", { name: "Search cases" });
  await box.fill(text);
  await box.press("Enter");
}

test.describe("as the MSF coordinator", () => {
  test.use({ storageState: storageStateFor("coordinator") });

  test("typing \"Bourbon Argos\" shows the reference case first, and the URL holds only the search's id", async ({ page }) => {
    await page.goto("/incidents");
    await searchFor(page, "Bourbon Argos");
    await expect(page).toHaveURL(/search=[0-9a-f-]{36}/);
    await expect(page.getByRole("status")).toContainText("match the search");
    await expect(page.locator("tbody tr").first().getByRole("rowheader")).toHaveText(BOURBON_ARGOS);
    await expect(page.getByRole("searchbox", { name: "Search cases" })).toHaveValue("Bourbon Argos");
    const urls = [page.url(), ...(await page.locator("a[href*='search=']").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href)))];
    expect(urls.length).toBeGreaterThan(1);
    for (const url of urls) expect(decodeURIComponent(url).toLowerCase()).not.toMatch(/bourbon|argos/);
    await expect(page.getByRole("link", { name: "Export CSV" })).toHaveAttribute("href", /search=[0-9a-f-]{36}/);
  });

  test("keeps the search when filters change, and combines with them", async ({ page }) => {
    await page.goto("/incidents");
    await searchFor(page, "Bourbon Argos");
    await expect(page.locator("tbody tr").first().getByRole("rowheader")).toHaveText(BOURBON_ARGOS);
    await page.getByLabel("Period").selectOption("custom");
    await page.getByLabel("From").fill("2016-10-25");
    await page.getByLabel("To").fill("2016-10-25");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/from=2016-10-25.*search=|search=.*from=2016-10-25/);
    // The day's two Bourbon Argos rescues lead; cases other specs add that day may follow.
    const references = page.locator("tbody tr").getByRole("rowheader");
    await expect(references.nth(0)).toHaveText(BOURBON_ARGOS);
    await expect(references.nth(1)).toHaveText("MSF-2016-0002");
    for (const when of await page.locator('tbody td[data-cell="when"]').allTextContents()) expect(when).toContain("25 Oct 2016");
  });

  test("saves the search and filters under a name, applies them with one click, and deletes them", async ({ page }) => {
    const name = `Argos ${Date.now().toString(36)}`;
    await page.goto("/incidents?boatType=INFLATABLE");
    await searchFor(page, "Bourbon Argos");
    await expect(page).toHaveURL(/search=/);
    await page.getByLabel("Save these filters as").fill(name);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    const saved = page.getByRole("region", { name: "Saved filters" }).getByRole("link", { name });
    await expect(saved).toHaveAttribute("href", /boatType=INFLATABLE.*search=[0-9a-f-]{36}/);
    await page.goto("/incidents");
    await page.getByRole("region", { name: "Saved filters" }).getByRole("link", { name }).click();
    await expect(page.getByRole("searchbox", { name: "Search cases" })).toHaveValue("Bourbon Argos");
    await expect(page.locator("tbody tr").first().getByRole("rowheader")).toHaveText(BOURBON_ARGOS);
    await page.getByRole("button", { name: `Delete the saved filter ${name}` }).click();
    await expect(page.getByRole("region", { name: "Saved filters" }).getByRole("link", { name })).toHaveCount(0);
  });

  test("explains a search too short to look for, keeping what was typed", async ({ page }) => {
    await page.goto("/incidents");
    await searchFor(page, "SW");
    const box = page.getByRole("searchbox", { name: "Search cases" });
    await expect(page.getByText(/at least one word of three characters/)).toBeVisible();
    await expect(box).toHaveAttribute("aria-invalid", "true");
    await expect(box).toHaveValue("SW");
    expect(page.url()).not.toContain("search=");
  });
});

test.describe("as another user given the coordinator's link", () => {
  test.use({ storageState: storageStateFor("field") });

  test("the search id means nothing: no search is applied", async ({ browser, page }) => {
    const coordinator = await browser.newPage({ storageState: storageStateFor("coordinator") });
    await coordinator.goto("/incidents");
    await searchFor(coordinator, "Bourbon Argos");
    await expect(coordinator).toHaveURL(/search=/);
    await page.goto(coordinator.url());
    await expect(page.getByRole("status")).not.toContainText("match the search");
    await expect(page.getByRole("searchbox", { name: "Search cases" })).toHaveValue("");
    await coordinator.close();
  });
});
