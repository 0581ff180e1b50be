import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { newCase, tabTo, typeInto } from "./case-keyboard";
import { storageStateFor } from "./fixtures";
import { field, uniqueNarrative } from "./incident-form-helpers";

// Issue 15 item 4: what looks like personal data in free text is flagged under the field as the user
// leaves it, held back once by the server, and saved when the user chooses "Save anyway". By keyboard.

test.use({ storageState: storageStateFor("field"), timezoneId: "Europe/Rome" });

const HELD_BACK = "Nothing is saved yet: some text looks like personal data";
const SUGGESTION = "Use counts and roles, not names, numbers or addresses";

const pressOn = async (page: Page, name: string) => {
  await tabTo(page, page.getByRole("button", { name, exact: true }));
  await page.keyboard.press("Enter");
};

test("a phone number in the narrative: warned under the field, held back once, saved anyway", async ({ page }) => {
  await page.goto("/incidents/new");
  await field(page, "Occurred at").fill("2016-10-25T08:30");
  await field(page, "Position").fill("33°15.0'N 012°36.0'E");
  await field(page, "Persons rescued").fill("107");
  const narrative = uniqueNarrative("A survivor asked us to call his brother on +39 333 123 4567");
  await typeInto(page, field(page, "Narrative"), narrative);
  await expect(page.getByText("Looks like a phone number")).toHaveCount(0);
  await page.keyboard.press("Tab");

  // Announced politely, and read with the field by screen readers.
  const warning = page.locator("[aria-live=polite]").filter({ hasText: "Looks like a phone number: +39 333 123 4567" });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(SUGGESTION);
  await expect(field(page, "Narrative")).toHaveAccessibleDescription(/Looks like a phone number: \+39 333 123 4567.*Use counts and roles/);
  await expect(field(page, "Narrative")).toHaveAttribute("aria-invalid", "false");
  const { violations } = await new AxeBuilder({ page }).include(".form-section:has(.field-warning:not(:empty))").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  await pressOn(page, "Save draft");
  const alert = page.getByRole("alert").filter({ hasText: HELD_BACK });
  await expect(alert).toBeVisible();
  await expect(alert.locator(".alert")).toBeFocused();
  await expect(page).toHaveURL(/\/incidents\/new$/);
  await expect(field(page, "Narrative")).toHaveValue(narrative);

  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Save anyway" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/incidents\/[0-9a-f-]{36}$/);
  await expect(page.getByText(narrative)).toBeVisible();
});

test("an e-mail address in a timeline note: warned, held back once, saved anyway", async ({ page }) => {
  await newCase(page, "personal data in a timeline note");
  const form = page.getByRole("form", { name: "Add an event" });
  await form.getByLabel("What happened").selectOption({ label: "Other" });
  await form.getByLabel("Time").fill("2016-10-25T09:15");
  await typeInto(page, form.getByLabel("Note"), "Relative in Germany reachable at mariam.k@example.com");
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Note")).toHaveAccessibleDescription(/Looks like an e-mail address: mariam\.k@example\.com/);

  await pressOn(page, "Add event");
  await expect(form.getByRole("alert")).toContainText(HELD_BACK);
  await expect(page.getByText("Other: added to the timeline.")).toHaveCount(0);
  await pressOn(page, "Save anyway");
  await expect(page.getByRole("status").filter({ hasText: "Other: added to the timeline." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Timeline", exact: true }).getByText("Relative in Germany reachable at mariam.k@example.com")).toBeVisible();
});
