import { readFileSync } from "node:fs";
import { expect } from "@playwright/test";
import { readCsv } from "../lib/csv/reader";
import { expectNothingInjected, hostileShort, test } from "./hostile-world";

// A CSV file whose cells hold HTML and spreadsheet formulas, as the hostile organization's admin imports
// it: the dry run's report shows every cell as text, the downloadable problem report and the export
// neutralise formula cells, and the imported case reads literally.
// Full-width and other compatibility forms (＝, ＋…) are read by spreadsheets as the characters they stand for.
const isFormula = (cell: string) => /^[=+\-@\t\r\u2212]/.test(cell.normalize("NFKC"));
const quoted = (value: string) => `"${value.replaceAll('"', '""')}"`;
const line = (...cells: string[]) => `${cells.map(quoted).join(",")}\r\n`;
const rowsOf = (text: string) => [...readCsv(text.replace(/^\uFEFF/, ""))].map((record) => record.fields);

test("the import's dry run, problem report and export", async ({ page, world }) => {
  const { text } = world;
  // Names and references are at most 100 characters, and references must be the organization's own.
  const reference = `${world.organization.shortName}-${hostileShort("xss-csv-ref")}`;
  const vessel = `-2+3 ${hostileShort("xss-csv-vessel")}`;
  const hyperlink = '=HYPERLINK("http://evil.example","click")';
  const file =
    line("reference", "status", "occurred_at", "position_text", "vessel", "rescued", "causes_of_death", "narrative", "source", text("csv-column")) +
    line(reference, "SUBMITTED", "2016-10-25T12:00:00Z", "33.3, 12.7", vessel, "10", "", text("csv-narrative"), hyperlink, "") +
    line("", text("csv-status"), "2016-10-25T13:00:00Z", "33.3, 12.7", "", "=1+1", "@SUM(A1)", "", "", "") +
    line("", "SUBMITTED", "2016-10-25T14:00:00Z", "33.3, 12.7", "", "＝1+1", "＠SUM(A1)", "", "", "");

  await page.goto("/import");
  await page.getByLabel("Create unknown vessels and organizations").check();
  await page.getByLabel("CSV file").setInputFiles({ name: "<img src=x onerror=alert('xss-csv-file')>.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
  await page.getByRole("button", { name: "Check file (dry run)" }).click();
  const report = page.getByRole("region", { name: "Dry run: nothing written yet" });
  await expect(report).toContainText("<img src=x onerror=alert('xss-csv-file')>.csv");
  await expect(report).toContainText(`Will create: vessel ${vessel}.`);
  await expect(report).toContainText(`Columns ignored (not part of the layout): ${text("csv-column")}.`);
  const problems = report.getByRole("row").filter({ hasText: "Error" });
  for (const value of [text("csv-status"), "=1+1", "@SUM(A1)", "＝1+1", "＠SUM(A1)"]) await expect(problems.getByRole("cell", { name: value, exact: true })).toHaveCount(1);
  await expectNothingInjected(page);

  const [download] = await Promise.all([page.waitForEvent("download"), report.getByRole("button", { name: "Download problems (CSV)" }).click()]);
  const [header, ...problemRows] = rowsOf(readFileSync((await download.path())!, "utf8"));
  const values = problemRows.map((row) => row[header.indexOf("value")]);
  expect(values).toEqual(expect.arrayContaining([text("csv-status"), "'=1+1", "'@SUM(A1)", "'＝1+1", "'＠SUM(A1)"]));
  expect(problemRows.flat().filter(isFormula)).toEqual([]);

  await page.getByRole("button", { name: "Import 1 row" }).click();
  await expect(page.getByRole("region", { name: "Import done" })).toBeVisible();
  await page.goto("/incidents");
  await page.getByRole("link", { name: reference }).click();
  for (const shown of [text("csv-narrative"), vessel, hyperlink]) await expect(page.getByText(shown).filter({ visible: true }).first()).toBeVisible();
  await expectNothingInjected(page);

  const full = await page.request.post("/api/incidents/export", { form: { privacy: "full", reason: "Security review of the import" } });
  const [exportHeader, ...exported] = rowsOf(await full.text());
  const row = Object.fromEntries(exportHeader.map((name, i) => [name, exported.find((r) => r[0] === reference)![i]]));
  expect(row).toMatchObject({ narrative: text("csv-narrative"), vessel: `'${vessel}`, source: `'${hyperlink}` });
});
