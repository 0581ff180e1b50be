import "server-only";
import { isDateFormat } from "./cell-text";
import { xmlEvents, type XmlEvent } from "./xml-events";
import type { WorkbookZip } from "./zip-archive";

export type SheetRef = { name: string; path: string };
/** What every sheet's cells need: the date system, which cell styles show dates, the shared strings. */
export type WorkbookParts = { sheets: SheetRef[]; is1904: boolean; dateStyles: Set<number>; sharedStrings: string[] };

/** Each event of a part; nothing for a part the workbook does not have (no styles, no shared strings). */
async function eachEvent(zip: WorkbookZip, path: string, on: (event: XmlEvent) => void) {
  if (!zip.has(path)) return;
  for await (const batch of xmlEvents(zip.read(path))) batch.forEach(on);
}

/** A relationship's target as a path in the archive: relative to the xl/ folder, or absolute from the root. */
const partPath = (target: string) => (target.startsWith("/") ? target.slice(1) : `xl/${target}`).replace(/[^/]+\/\.\.\//g, "");

async function readSheetRefs(zip: WorkbookZip) {
  const targets = new Map<string, string>();
  await eachEvent(zip, "xl/_rels/workbook.xml.rels", (e) => {
    if (e.type === "open" && e.name === "Relationship") targets.set(e.attributes.Id, e.attributes.Target);
  });
  const sheets: SheetRef[] = [];
  let is1904 = false;
  await eachEvent(zip, "xl/workbook.xml", (e) => {
    if (e.type !== "open") return;
    if (e.name === "workbookPr") is1904 = ["1", "true"].includes(e.attributes.date1904);
    const id = Object.entries(e.attributes).find(([key]) => key === "r:id" || key.endsWith(":id"))?.[1];
    const target = id && targets.get(id);
    if (e.name === "sheet" && target) sheets.push({ name: e.attributes.name ?? "", path: partPath(target) });
  });
  return { sheets, is1904 };
}

async function readDateStyles(zip: WorkbookZip) {
  const codes = new Map<number, string>();
  const dateStyles = new Set<number>();
  let inCellXfs = false;
  let index = 0;
  await eachEvent(zip, "xl/styles.xml", (e) => {
    if (e.type === "open" && e.name === "numFmt") codes.set(Number(e.attributes.numFmtId), e.attributes.formatCode ?? "");
    else if (e.type === "open" && e.name === "cellXfs") inCellXfs = true;
    else if (e.type === "close" && e.name === "cellXfs") inCellXfs = false;
    else if (e.type === "open" && e.name === "xf" && inCellXfs) {
      const id = Number(e.attributes.numFmtId ?? 0);
      if (isDateFormat(id, codes.get(id))) dateStyles.add(index);
      index++;
    }
  });
  return dateStyles;
}

/** The text of each shared string: its runs joined, phonetic guides (rPh) left out. */
async function readSharedStrings(zip: WorkbookZip) {
  const strings: string[] = [];
  let text = "", inText = false, inPhonetic = false;
  await eachEvent(zip, "xl/sharedStrings.xml", (e) => {
    if (e.type === "text") {
      if (inText && !inPhonetic) text += e.text;
    } else if (e.name === "si") {
      if (e.type === "close") strings.push(text);
      text = "";
    } else if (e.name === "t") inText = e.type === "open";
    else if (e.name === "rPh") inPhonetic = e.type === "open";
  });
  return strings;
}

export async function readWorkbookParts(zip: WorkbookZip): Promise<WorkbookParts> {
  const { sheets, is1904 } = await readSheetRefs(zip);
  return { sheets, is1904, dateStyles: await readDateStyles(zip), sharedStrings: await readSharedStrings(zip) };
}
