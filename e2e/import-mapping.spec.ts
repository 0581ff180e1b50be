import { randomUUID } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { tabTo } from "./case-keyboard";
import { storageStateFor } from "./fixtures";
import { axeProblems } from "./reflow-checks";

// A researcher's spreadsheet imported through the column mapping, by keyboard alone once the file is chosen.
// Its header names a column no other run has, so the mapping is new to the organization each run; its
// cases are drafts of 1994, outside what other specs count.
test.use({ storageState: storageStateFor("coordinator") });

const remarks = `Remarks ${randomUUID().slice(0, 8)}`;
const RESEARCH_FILE = [
  `Incident date,No. dead,Lat,Lon,Cause of death (category),Boat,Stato,${remarks}`,
  "01/02/1994,3,35.1,14.2,Drowning / noyade,rubber,bozza,Imported through a column mapping",
  "03/04/1994,1,35.2,14.3,Hypothermia,wooden,bozza,",
].join("\r\n");

async function chooseAndCheck(page: Page) {
  await page.goto("/import");
  await page.getByLabel("CSV file").setInputFiles({ name: "research.csv", mimeType: "text/csv", buffer: Buffer.from(RESEARCH_FILE) });
  const check = page.getByRole("button", { name: "Check file (dry run)" });
  await tabTo(page, check);
  await page.keyboard.press("Enter");
  return page.getByRole("region", { name: "Map the columns" });
}

test("maps a file's own columns by keyboard, previews, checks and imports it, and offers the mapping again", async ({ page }) => {
  const mapping = await chooseAndCheck(page);
  await expect(mapping.getByLabel("Column No. dead")).toHaveValue("dead");
  await expect(mapping.getByLabel("Column Cause of death (category)")).toHaveValue("causes_of_death");
  await expect(mapping.getByLabel("Drowning / noyade")).toHaveValue("DROWNING");
  await expect(mapping.getByLabel("rubber")).toHaveValue("INFLATABLE");
  await expect(mapping.getByLabel("bozza")).toHaveValue("DRAFT");
  const ignored = mapping.getByLabel(`Column ${remarks}`);
  await expect(ignored).toHaveValue("ignore");
  expect(await axeProblems(page)).toEqual([]);

  // Checking with a problem left sends nothing and takes the focus to the problems.
  await tabTo(page, page.getByRole("button", { name: "Check file (dry run)" }));
  await page.keyboard.press("Enter");
  const problems = mapping.getByRole("heading", { name: /problem to correct/ });
  await expect(problems).toBeVisible();
  await expect(mapping.locator(":focus")).toContainText("1 problem to correct");
  await expect(mapping.getByText("The dates of column “Incident date” do not show whether the day or the month comes first: choose the order.")).toHaveCount(2);

  await tabTo(page, ignored);
  await page.keyboard.type("Narrative");
  await expect(ignored).toHaveValue("narrative");
  await tabTo(page, mapping.getByRole("radio", { name: "Day first (25/10/2016)" }));
  await page.keyboard.press("ArrowDown");
  await expect(mapping.getByRole("radio", { name: "Month first (10/25/2016)" })).toBeChecked();
  await expect(problems).toHaveCount(0);

  const preview = mapping.getByRole("region", { name: "Preview: the first rows as they would be saved" });
  await expect(preview.getByRole("definition")).toContainText(["DRAFT", "1994-01-02", "35.1", "14.2", "INFLATABLE", "3", "DROWNING", "Imported through a column mapping"]);

  await tabTo(page, page.getByRole("button", { name: "Check file (dry run)" }));
  await page.keyboard.press("Enter");
  const report = page.getByRole("region", { name: "Dry run: nothing written yet" });
  await expect(report.getByText("research.csv: columns of its own, read through the column mapping")).toBeVisible();
  await expect(report.getByRole("definition")).toHaveText(["2", "2", "0", "0", "0", "0"]);
  await tabTo(page, page.getByRole("button", { name: "Import 2 rows" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Import done" }).getByRole("definition").nth(1)).toHaveText("2");

  const again = await chooseAndCheck(page);
  await expect(again.getByText("Filled in with the mapping your organization used for a file with these columns")).toBeVisible();
  await expect(again.getByLabel(`Column ${remarks}`)).toHaveValue("narrative");
  await expect(again.getByRole("radio", { name: "Month first (10/25/2016)" })).toBeChecked();
});
