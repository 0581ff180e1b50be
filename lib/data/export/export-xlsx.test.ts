import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadWorkbook } from "@/lib/xlsx/test-workbook";
import { download, exportWorld, FULL, rowsOf } from "./export-test-world";

let world: Awaited<ReturnType<typeof exportWorld>>;
beforeAll(async () => {
  world = await exportWorld();
});

/** The workbook's one sheet as the CSV's text: numbers as PostgreSQL prints them, dates as ISO 8601 UTC. */
async function sheetAsText(bytes: Uint8Array) {
  const book = await loadWorkbook(bytes);
  expect(book.worksheets).toHaveLength(1);
  const text = (cell: ExcelJS.Cell) => {
    const { value } = cell;
    if (value === null || value === undefined) return "";
    if (value instanceof Date) return cell.numFmt === "yyyy-mm-dd" ? value.toISOString().slice(0, 10) : value.toISOString();
    expect(cell.formula).toBeUndefined();
    return String(value);
  };
  const rows: string[][] = [];
  book.worksheets[0].eachRow((row) => rows.push(Array.from({ length: book.worksheets[0].columnCount }, (_, i) => text(row.getCell(i + 1)))));
  return { sheet: book.worksheets[0], rows };
}

describe("Excel export", () => {
  const files = ["", "layout=iom", "table=injuries", "table=evacuations", "table=nationalities", "table=revisions", "table=events", "table=track"]
    .flatMap((query) => [[query, "shareable"], [query, "full"]]);
  it.each(files)("holds the CSV's rows and columns, cell for cell (%s, %s)", async (query, privacy) => {
    const form = privacy === "full" ? FULL : undefined;
    const csv = rowsOf((await download(world.coordinator, `${query}&bom=0`, form)).text);
    const xlsx = await download(world.coordinator, `${query}&format=xlsx`, form);
    expect(xlsx.response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(xlsx.response.headers.get("content-disposition")).toMatch(/\.xlsx"$/);
    const { rows } = await sheetAsText(xlsx.bytes);
    expect(rows[0]).toEqual(csv.header);
    expect(rows.slice(1)).toEqual(csv.rows.map((row) => csv.header.map((name) => row[name])));
    expect(Number(xlsx.response.headers.get("x-row-count"))).toBe(rows.length - 1);
  });

  it("types the cells: figures as numbers, instants as UTC dates, formula-like text as text", async () => {
    const { sheet } = await sheetAsText((await download(world.coordinator, "format=xlsx", FULL)).bytes);
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const reference = [...Array(sheet.rowCount - 1).keys()].map((i) => sheet.getRow(i + 2)).find((r) => r.getCell(1).value === world.incidents.reference.reference)!;
    const cell = (name: string) => reference.getCell(header.indexOf(name) + 1);
    expect(cell("rescued").value).toBe(107);
    expect(cell("latitude").value).toBe(33.25);
    expect(cell("occurred_at").value).toEqual(new Date("2016-10-25T06:30:00Z"));
    expect(cell("narrative").value).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(cell("narrative").type).toBe(ExcelJS.ValueType.String);
    expect(cell("missing").value).toBeNull();
    expect(cell("reference").type).toBe(ExcelJS.ValueType.String);
  });

  it("records the format in the export's audit event, and refuses an unknown format", async () => {
    await download(world.coordinator, "table=injuries", "privacy=full&reason=Donor&format=xlsx");
    const event = await db.auditEvent.findFirstOrThrow({ where: { actorId: world.coordinator.id, action: "EXPORT" }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ reason: "Donor", changes: { format: "xlsx", privacy: "full", layout: "injuries" } });
    expect((event.changes as { filename: string }).filename).toMatch(/^rescue-ledger_injuries-full_all\.xlsx$/);
    const refused = await download(world.coordinator, "format=ods");
    expect(refused.response.status).toBe(400);
    expect(refused.text).toBe('Unknown format "ods": use csv or xlsx.');
  });

  it("refuses full detail to field staff as the CSV does, with no audit event", async () => {
    const count = () => db.auditEvent.count({ where: { action: "EXPORT", organizationId: world.own.id } });
    const before = await count();
    const { response } = await download(world.field, "", "privacy=full&reason=Donor&format=xlsx");
    expect(response.status).toBe(403);
    expect(await count()).toBe(before);
  });
});
