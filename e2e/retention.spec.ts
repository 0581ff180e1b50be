import { expect, test } from "@playwright/test";
import { storageStateFor } from "./fixtures";
import { field, fillIncident, submitIncident, uniqueNarrative } from "./incident-form-helpers";

test.describe("as an MSF coordinator", () => {
  test.use({ storageState: storageStateFor("coordinator") });

  test("deletes a draft, finds it under deleted cases and restores it", async ({ page }) => {
    await page.goto("/incidents/new");
    await fillIncident(page, { occurredAt: "2016-10-25T08:30", position: "33°15.0'N 012°36.0'E", rescued: "12", narrative: uniqueNarrative("deleted then restored") });
    const id = await submitIncident(page, "Save draft");
    const reference = (await page.getByRole("heading", { level: 1 }).textContent())!.match(/MSF-\d{4}-\d{4}/)![0];

    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Delete" }).click();
    await expect(page).toHaveURL(/\/incidents$/);
    await page.getByRole("link", { name: "Deleted cases" }).click();
    await expect(page.getByRole("heading", { name: "Deleted cases", level: 1 })).toBeVisible();
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: reference }) });
    await expect(row.getByRole("cell", { name: "Tomás Herrera" })).toBeVisible();

    await row.getByRole("button", { name: `Restore ${reference}` }).click();
    await expect(page.getByRole("status").filter({ hasText: `Case ${reference} is restored.` })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: reference })).toHaveCount(0);
    await page.getByRole("link", { name: `Open ${reference}` }).click();
    await expect(page).toHaveURL(new RegExp(`/incidents/${id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(reference);
  });
});

test.describe("as the MSF admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("changes the restore period; a period out of bounds is refused with a message", async ({ page }) => {
    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Privacy" }).click();
    await expect(page.getByRole("heading", { name: "Privacy", level: 1 })).toBeVisible();
    await page.getByRole("link", { name: "Médecins Sans Frontières" }).click();
    await expect(page.getByRole("heading", { name: "Privacy settings of Médecins Sans Frontières" })).toBeVisible();
    const restoreDays = field(page, "Restore period (days)");
    const save = page.getByRole("button", { name: "Save changes" });
    try {
      await restoreDays.fill("45");
      await save.click();
      await expect(page.getByRole("status").filter({ hasText: "Privacy settings saved." })).toBeVisible();
      await page.reload();
      await expect(restoreDays).toHaveValue("45");

      await restoreDays.fill("400");
      await save.click();
      await expect(page.getByText("The restore period is a whole number of days from 7 to 365.")).toBeVisible();
      await expect(restoreDays).toHaveAttribute("aria-invalid", "true");
      await expect(restoreDays).toHaveAccessibleDescription(/whole number of days from 7 to 365/);
      await page.reload();
      await expect(restoreDays).toHaveValue("45");
    } finally {
      // Back to the default, for the other specs that delete MSF cases.
      await page.goto(page.url());
      await restoreDays.fill("30");
      await save.click();
      await expect(page.getByRole("status").filter({ hasText: "Privacy settings saved." })).toBeVisible();
    }
  });
});
