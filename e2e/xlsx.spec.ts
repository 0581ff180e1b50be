import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { storageStateFor } from "./fixtures";

// Excel in and out, as the MSF coordinator: the list's Excel export opened with exceljs, and a workbook
// of two sheets imported by keyboard (drafts in 1993, outside what other specs count).
const CASE_DAY = "/incidents?period=custom&from=2016-10-25&to=2016-10-25";

async function workbook() {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Notes").addRow(["Cases from the 1993 logbook, see the next sheet"]);
  book.addWorksheet("Cases").addRows([
    ["reference", "status", "occurred_at", "position_text", "rescued", "narrative"],
    ["", "DRAFT", new Date("1993-06-01T10:00:00Z"), "35.1, 14.2", 12, "Imported from Excel by the end-to-end test"],
    ["", "DRAFT", new Date("1993-06-02T10:00:00Z"), "35.1, 14.2", -4, "Bad row"],
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

test.describe("as the MSF coordinator", () => {
  test.use({ storageState: storageStateFor("coordinator") });

  test("exports the filtered list as an Excel workbook with typed cells", async ({ page }) => {
    await page.goto(CASE_DAY);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export Excel" }).click()]);
    expect(download.suggestedFilename()).toBe("rescue-ledger_incidents_2016-10-25_2016-10-25.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await download.path())!).buffer as ArrayBuffer);
    const sheet = book.getWorksheet("incidents")!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    expect(header.slice(0, 4)).toEqual(["reference", "status", "organization", "occurred_at"]);
    const rows = sheet.getRows(2, sheet.rowCount - 1)!;
    const row = rows.find((r) => r.getCell(1).value === "MSF-2016-0001")!;
    const cell = (name: string) => row.getCell(header.indexOf(name) + 1).value;
    expect(cell("occurred_at")).toEqual(new Date("2016-10-25T00:00:00.000Z"));
    expect([cell("latitude"), cell("rescued"), cell("dead"), cell("boat_type")]).toEqual([33.3, 107, 29, "INFLATABLE"]);
  });

  test("imports a sheet of an Excel workbook, chosen by keyboard", async ({ page }) => {
    await page.goto("/import");
    const fileInput = page.getByLabel("CSV file or Excel workbook (.xlsx)");
    await fileInput.setInputFiles({ name: "logbook.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: await workbook() });
    const sheet = page.getByLabel("Sheet", { exact: true });
    await expect(sheet).toHaveValue("Notes");
    await expect(sheet).toHaveAccessibleDescription("The workbook has 2 sheets: choose the one that holds the incidents.");
    await fileInput.focus();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "What the columns mean" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(sheet).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(sheet).toHaveValue("Cases");
    await page.getByRole("button", { name: "Check file (dry run)" }).focus();
    await page.keyboard.press("Enter");

    const report = page.getByRole("region", { name: "Dry run: nothing written yet" });
    await expect(report).toBeVisible();
    await expect(report.getByRole("definition")).toHaveText(["2", "1", "0", "0", "1", "0"]);
    await expect(report.getByRole("row").filter({ hasText: "cannot be negative" }).getByRole("cell")).toHaveText(["3", "rescued", "-4", "Error A count cannot be negative."]);
    const confirm = page.getByRole("button", { name: "Import 1 row" });
    await confirm.focus();
    await page.keyboard.press("Enter");
    const done = page.getByRole("region", { name: "Import done" });
    await expect(done).toBeVisible();
    await expect(done.getByRole("definition").nth(1)).toHaveText("1");
  });

  test("is told why a sheet cannot be read, before anything is written", async ({ page }) => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Merged");
    sheet.addRows([["People on board", "", "reference"], [1, 2, "x"]]);
    sheet.mergeCells("A1:B1");
    await page.goto("/import");
    await page.getByLabel("CSV file or Excel workbook (.xlsx)").setInputFiles({ name: "merged.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(await book.xlsx.writeBuffer()) });
    await page.getByRole("button", { name: "Check file (dry run)" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "merged" })).toHaveText("The header row (row 1) has merged cells (A1:B1): unmerge them so that each column has a heading of its own, then upload the file again.");
  });
});
