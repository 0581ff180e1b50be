import { expect, test } from "@playwright/test";
import { storageStateFor } from "./fixtures";
import { fillIncident, submitIncident } from "./incident-form-helpers";
import { newContext } from "./user-factory";

// One word no other run writes: a person's nickname typed into a narrative.
const nickname = () => `Kofi${Math.random().toString(36).replace(/[^a-z]/g, "").slice(0, 8)}`;

test.describe("as the MSF admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("finds a name typed into a case, erases it everywhere, and finds it nowhere after", async ({ page, browser, baseURL }) => {
    const name = nickname();
    const coordinator = await (await newContext(browser, baseURL, "coordinator")).newPage();
    await coordinator.goto("/incidents/new");
    await fillIncident(coordinator, { occurredAt: "2016-10-25T10:15", position: "33°21.4'N 012°41.0'E", rescued: "12", narrative: `A survivor, ${name}, asked about his brother.` });
    const id = await submitIncident(coordinator, "Save draft");

    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Erasure" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Erase a person's data" })).toBeVisible();
    const text = page.getByLabel("Text to find");
    await expect(text).toHaveAccessibleDescription(/never in an address/);
    await text.fill(name.toUpperCase());
    await page.getByRole("button", { name: "Find", exact: true }).click();

    await expect(page.getByRole("heading", { name: "Case fields: 1" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Audit events: 1" })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "Narrative" }).filter({ hasText: `A survivor, ${name}, asked` })).toBeVisible();
    expect(page.url()).not.toContain(name.toLowerCase());
    await expect(page.getByText("Erase 1 occurrence in 1 case and the text in 1 audit event?")).toBeVisible();
    await page.getByRole("button", { name: "Erase everywhere" }).click();
    await expect(page.getByRole("status")).toContainText("Erased: 1 occurrence in 1 case, the text in 1 audit event; 0 saved searches deleted.");

    await page.getByRole("button", { name: "Find", exact: true }).click();
    await expect(page.getByRole("status")).toContainText("The text is nowhere");

    await coordinator.goto(`/incidents/${id}`);
    await expect(coordinator.getByText("A survivor, [erased], asked about his brother.")).toBeVisible();
    const history = coordinator.getByRole("region", { name: "Revisions of the figures and the timeline" });
    await expect(history.getByText("Personal data erased from Narrative (1 occurrence)")).toBeVisible();
  });

  test("checks the text's length in the form before sending it", async ({ page }) => {
    await page.goto("/admin/erasure");
    await page.getByLabel("Text to find").fill(" ab ");
    await page.getByRole("button", { name: "Find", exact: true }).click();
    await expect(page.getByLabel("Text to find")).toHaveAccessibleDescription(/Enter at least 3 characters/);
  });
});

test("a coordinator cannot open the erasure page", async ({ browser, baseURL }) => {
  const page = await (await newContext(browser, baseURL, "coordinator")).newPage();
  const response = await page.goto("/admin/erasure");
  expect(response?.status()).toBe(404);
  await expect(page.getByLabel("Text to find")).toHaveCount(0);
});
