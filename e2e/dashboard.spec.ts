import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./fixtures";

const kpi = (page: Page, label: string) =>
  page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: label, exact: true }) }).locator(".kpi-value");

test.describe("as the MSF coordinator", () => {
  test.use({ storageState: storageStateFor("coordinator") });

  test("filters to the Bourbon Argos rescue day and sees its figures, month and map", async ({ page }) => {
    await page.goto("/incidents");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
    await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
    const filters = page.getByRole("search", { name: "Filters" });
    await filters.getByLabel("Period").selectOption("Custom range");
    await filters.getByLabel("From").fill("2016-10-25");
    await filters.getByLabel("To").fill("2016-10-25");
    await filters.getByLabel("Vessel").selectOption("Bourbon Argos");
    // Synthetic incidents and other specs' submitted copies of the case share the day; the seeded two are verified.
    await filters.getByLabel("Submitted").uncheck();
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/period=custom&from=2016-10-25&to=2016-10-25.*vessel=[0-9a-f-]{36}.*&status=VERIFIED$/);

    await expect(kpi(page, "Incidents")).toHaveText("2");
    await expect(kpi(page, "Persons rescued")).toHaveText("246");
    await expect(kpi(page, "Dead")).toHaveText("29");
    await expect(kpi(page, "Seriously injured")).toHaveText("11");
    await expect(kpi(page, "Evacuated")).toHaveText("7");

    await page.getByText("Show as table").click();
    await expect(page.getByRole("row", { name: "Oct 2016 2 246 29" })).toBeVisible();

    // The larger boat (139 people) is drawn first, so it comes first in the tab order.
    await expect(page.getByText("Showing 2 of 2 incidents.")).toBeVisible();
    // Sea, land and SAR regions come as one file the browser keeps, not inside every page.
    const background = await page.request.get((await page.getByRole("figure").locator("svg > image").getAttribute("href"))!);
    expect(background.headers()["content-type"]).toBe("image/svg+xml");
    expect(background.headers()["cache-control"]).toContain("max-age=86400");
    expect(await background.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^]*<path d="M[\d.,LMZ-]{1000,}"/);
    await page.getByRole("link", { name: /Skip the map/ }).focus();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "MSF-2016-0002, 25 Oct 2016, 08:15 UTC: 139 rescued, 0 dead, 0 missing" })).toBeFocused();
    await page.keyboard.press("Tab");
    const rescue = page.getByRole("link", { name: "MSF-2016-0001, 25 Oct 2016, 06:30 UTC: 107 rescued, 29 dead, 0 missing" });
    await expect(rescue).toBeFocused();
    const href = await rescue.getAttribute("href");
    expect(href).toMatch(/^\/incidents\/[0-9a-f-]{36}$/);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  test("exports exactly the dashboard's selection as CSV", async ({ page }) => {
    await page.goto("/dashboard?period=custom&from=2016-10-25&to=2016-10-25&status=VERIFIED");
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("rescue-ledger_incidents_2016-10-25_2016-10-25.csv");
    const text = await (await import("node:fs/promises")).readFile((await file.path())!, "utf8");
    expect(text).toContain("MSF-2016-0001");
    expect(text).toContain("MSF-2016-0002");
  });

  test("sees every outcome, interceptions as such, and narrows the list and the export by outcome", async ({ page }) => {
    // Seeded synthetic incidents only: no spec creates incidents in 2014.
    await page.goto("/dashboard?period=custom&from=2014-01-01&to=2014-12-31");
    const outcomes = page.getByRole("region", { name: "By outcome" });
    const libya = outcomes.getByRole("row", { name: /^Intercepted and returned to Libya/ });
    await expect(libya).toBeVisible();
    const count = (await libya.getByRole("cell").first().textContent())!.trim();
    await expect(outcomes.getByRole("row", { name: /^Intercepted and returned to Tunisia/ })).toBeVisible();

    const filters = page.getByRole("search", { name: "Filters" });
    await filters.getByLabel("Outcome").selectOption("Intercepted and returned to Libya");
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/outcome=INTERCEPTED_RETURNED_LIBYA/);
    await expect(kpi(page, "Incidents")).toHaveText(count);
    await expect(page.getByRole("link", { name: "Export CSV" })).toHaveAttribute("href", /outcome=INTERCEPTED_RETURNED_LIBYA/);
    await expect(page.getByRole("region", { name: "Rescue to disembarkation (the stand-off)" })).toContainText(
      "No case with both a rescue and a disembarkation in this period.",
    );

    await page.getByRole("link", { name: "Open these incidents in the list" }).click();
    await expect(page).toHaveURL(/\/incidents\?.*outcome=INTERCEPTED_RETURNED_LIBYA/);
    await expect(page.getByText(`${count} incidents of`)).toBeVisible();
    await expect(page.getByRole("search", { name: "Filters" }).getByLabel("Outcome")).toHaveValue("INTERCEPTED_RETURNED_LIBYA");
    await expect(page.getByRole("link", { name: "Export CSV" })).toHaveAttribute("href", /outcome=INTERCEPTED_RETURNED_LIBYA/);
  });

  test("reads the stand-off of the Bourbon Argos rescues in days and hours", async ({ page }) => {
    await page.goto("/dashboard?period=custom&from=2016-10-25&to=2016-10-25&status=VERIFIED");
    const standOff = page.getByRole("region", { name: "Rescue to disembarkation (the stand-off)" });
    await expect(standOff.getByRole("row", { name: /^Whole period \d+ \d/ })).toBeVisible();
  });

  test("reads the ten most frequent nationalities and the rest, adding up to the persons of known nationality", async ({ page }) => {
    // Seeded synthetic incidents only: no spec creates incidents in 2014.
    await page.goto("/dashboard?period=custom&from=2014-01-01&to=2015-05-31");
    const nationalities = page.getByRole("region", { name: "Nationalities (top 10)" });
    const caption = nationalities.getByText(/persons of known nationality in [\d,]+ cases; the 10 most frequent\.$/);
    await expect(caption).toBeVisible();
    const rows = nationalities.locator("tbody").getByRole("row");
    await expect(rows).toHaveCount(11);
    await expect(rows.last()).toHaveAccessibleName(/^Other nationalities \(\d+\) [\d,]+$/);
    const persons = await nationalities.locator("tbody td").allTextContents();
    const sum = persons.reduce((total, text) => total + Number(text.replaceAll(",", "")), 0);
    await expect(nationalities.getByRole("row", { name: `Total ${sum.toLocaleString("en")}` })).toBeVisible();
    await expect(caption).toHaveText(new RegExp(`^${sum.toLocaleString("en")} persons `));
  });

  test("says what to do when nothing matches", async ({ page }) => {
    await page.goto("/dashboard?period=custom&from=1990-01-01&to=1990-01-31");
    await expect(page.getByText("No incidents match: widen the period or choose other statuses.").first()).toBeVisible();
    await expect(page.getByText("No nationality recorded for the cases in these filters.")).toBeVisible();
  });
});

test.describe("as MSF field staff", () => {
  test.use({ storageState: storageStateFor("field") });

  test("has no dashboard link, and the dashboard is not found", async ({ page }) => {
    await page.goto("/incidents");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Incidents" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" })).toHaveCount(0);
    const response = await page.goto("/dashboard");
    expect(response?.status()).toBe(404);
    // Inside the app, with its navigation and a way back.
    await expect(page.getByRole("heading", { name: "Not found", level: 1 })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await page.getByRole("main").getByRole("link", { name: "Go to the incidents" }).click();
    await expect(page).toHaveURL(/\/incidents$/);
  });
});
