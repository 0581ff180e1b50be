import { describe, expect, it } from "vitest";
import { messageKey } from "@/lib/i18n/message-key";
import { readSheet } from "./read-sheet";
import { zipOf } from "./test-zip";

const limits = { maxUnpackedBytes: 1024 * 1024, maxRatio: 200 };
const options = { maxRows: 100, limits };
const CONTENT_TYPES = { name: "[Content_Types].xml", data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' };
const WORKBOOK = { name: "xl/workbook.xml", data: '<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>' };
const RELS = { name: "xl/_rels/workbook.xml.rels", data: '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>' };
const sheetXml = (rows: string) => `<worksheet><sheetData>${rows}</sheetData></worksheet>`;
const refusal = (message: string) => ({ ok: false, message });
const BOMB = messageKey("validation.import.xlsxZipBomb", { max: 1 });

describe("reading a hand-made workbook", () => {
  it("reads a minimal workbook with inline strings and stored entries", async () => {
    const bytes = zipOf([CONTENT_TYPES, WORKBOOK, RELS, { name: "xl/worksheets/sheet1.xml", stored: true, data: sheetXml('<row r="1"><c r="B1" t="inlineStr"><is><t>&lt;b&gt;</t></is></c></row>') }]);
    expect(await readSheet(bytes, options)).toMatchObject({ ok: true, sheets: ["S"], rows: [{ row: 1, fields: ["", "<b>"] }] });
  });

  it("refuses a zip bomb its directory declares, before inflating anything", async () => {
    const zeros = "0".repeat(2 * 1024 * 1024);
    const bytes = zipOf([CONTENT_TYPES, WORKBOOK, RELS, { name: "xl/sharedStrings.xml", data: `<sst><si><t>${zeros}</t></si></sst>` }]);
    expect(await readSheet(bytes, options)).toEqual(refusal(BOMB));
  });

  it("stops inflating an entry that gives more than its directory declares", async () => {
    const rows = `<row r="1"><c t="inlineStr"><is><t>${"x".repeat(3 * 1024 * 1024)}</t></is></c></row>`;
    const bytes = zipOf([CONTENT_TYPES, WORKBOOK, RELS, { name: "xl/worksheets/sheet1.xml", data: sheetXml(rows), declaredSize: 1000 }]);
    expect(await readSheet(bytes, options)).toEqual(refusal(BOMB));
  });

  it("stops when the entries together give more than the limit, whatever each declares", async () => {
    const part = (n: number) => `<row r="${n}"><c t="inlineStr"><is><t>${"y".repeat(600 * 1024)}</t></is></c></row>`;
    const bytes = zipOf([CONTENT_TYPES, WORKBOOK, RELS, { name: "xl/sharedStrings.xml", data: `<sst><si><t>${"z".repeat(600 * 1024)}</t></si></sst>`, declaredSize: 10 },
      { name: "xl/worksheets/sheet1.xml", data: sheetXml(part(1)), declaredSize: 10 }]);
    expect(await readSheet(bytes, options)).toEqual(refusal(BOMB));
  });

  it("refuses an archive without the workbook's parts (an OpenDocument spreadsheet), damaged archives and random bytes", async () => {
    const ods = zipOf([{ name: "mimetype", stored: true, data: "application/vnd.oasis.opendocument.spreadsheet" }, { name: "content.xml", data: "<office:document-content/>" }]);
    expect(await readSheet(ods, options)).toEqual(refusal(messageKey("validation.import.xlsxNotWorkbook")));
    const good = zipOf([CONTENT_TYPES, WORKBOOK, RELS, { name: "xl/worksheets/sheet1.xml", data: sheetXml('<row r="1"><c t="inlineStr"><is><t>a</t></is></c></row>') }]);
    expect(await readSheet(good.subarray(0, good.length - 30), options)).toEqual(refusal(messageKey("validation.import.xlsxDamaged")));
    const corrupt = good.slice();
    corrupt.fill(0xff, 300, 400);
    expect((await readSheet(corrupt, options)).ok).toBe(false);
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    random.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await readSheet(random, options)).toEqual(refusal(messageKey("validation.import.xlsxDamaged")));
  });
});
