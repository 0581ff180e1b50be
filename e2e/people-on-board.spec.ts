import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./fixtures";
import { field, openEdit, uniqueNarrative } from "./incident-form-helpers";
import { tabTo, typeInto } from "./case-keyboard";

// Issue 13, item 4: who was on board — by sex and age, by nationality, and where they left from.
test.use({ storageState: storageStateFor("field"), timezoneId: "Europe/Rome" });

/** Adds a nationality row by keyboard: the new row's country field takes the focus. */
async function addNationality(page: Page, row: number, country: string, count: string) {
  await tabTo(page, page.getByRole("button", { name: "Add nationality" }));
  await page.keyboard.press("Enter");
  const nationality = page.getByRole("group", { name: `Nationality ${row}`, exact: true });
  await expect(nationality.getByLabel("Country")).toBeFocused();
  await page.keyboard.type(country);
  await page.keyboard.press("Tab");
  await expect(nationality.getByLabel("Number of people")).toBeFocused();
  await page.keyboard.type(count);
}

test("records people on board by keyboard and shows them on the case page; a part above the whole is refused, nothing lost", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/incidents/new");
  await field(page, "Occurred at").fill("2016-10-25T08:30");
  await field(page, "Position").fill("33°15.0'N 012°36.0'E");
  await field(page, "Narrative").fill(uniqueNarrative("people on board"));
  await typeInto(page, field(page, "Estimated persons on board"), "107");
  await typeInto(page, field(page, "Women"), "12");
  await typeInto(page, field(page, "Men"), "80");
  await typeInto(page, field(page, "Children"), "15");
  await typeInto(page, field(page, "Girls"), "6");
  await typeInto(page, field(page, "Boys"), "9");
  await typeInto(page, field(page, "Departure place"), "Zuwara, Libya");
  await addNationality(page, 1, "Eritrea", "60");
  await addNationality(page, 2, "sd", "30");
  await tabTo(page, page.getByRole("button", { name: "Save draft", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/incidents\/[0-9a-f-]{36}$/);
  const id = page.url().split("/").pop()!;

  const people = page.getByRole("region", { name: "People on board" });
  await expect(people.getByRole("definition").filter({ hasText: /^80$/ })).toBeVisible();
  await expect(people.getByText("Zuwara, Libya")).toBeVisible();
  const rows = people.getByRole("row");
  await expect(rows.nth(1)).toHaveText(/Eritrea \(ER\)\s*60/);
  await expect(rows.nth(2)).toHaveText(/Sudan \(SD\)\s*30/);
  await expect(people.getByRole("heading", { name: "Nationalities (90 people)" })).toBeVisible();

  // Above the whole: the form names both figures, keeps every value typed, and saves nothing.
  await openEdit(page, id);
  await field(page, "Men").fill("100");
  const eritrea = page.getByRole("group", { name: "Nationality 1", exact: true });
  await expect(eritrea.getByLabel("Country")).toHaveValue("Eritrea");
  await eritrea.getByLabel("Number of people").fill("80");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Women, men, children and people of unknown sex or age add up to 127, more than the 107 estimated persons on board: correct one of them.")).toBeVisible();
  await expect(page.getByText("Nationalities add up to 110, more than the 107 estimated persons on board: correct the counts or the persons on board.")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/incidents/${id}/edit$`));
  await expect(field(page, "Men")).toHaveValue("100");
  await expect(eritrea.getByLabel("Number of people")).toHaveValue("80");
  await expect(page.getByRole("group", { name: "Nationality 2", exact: true }).getByLabel("Country")).toHaveValue("Sudan");

  await page.goto(`/incidents/${id}`);
  await expect(page.getByRole("region", { name: "People on board" }).getByRole("row").nth(1)).toHaveText(/Eritrea \(ER\)\s*60/);
});
