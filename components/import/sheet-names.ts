import { isWorkbookDirectory, readZipDirectory } from "@/lib/xlsx/zip-directory";

// workbook.xml lists the sheets; a real one is a few kilobytes, so a larger one is left to the server to refuse.
const MAX_WORKBOOK_XML = 1024 * 1024;

/** The sheet names of an .xlsx file, in the workbook's order, read in the browser; none for anything else. */
export async function sheetNames(file: File): Promise<string[]> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const directory = readZipDirectory(bytes);
  if (!directory.ok || !isWorkbookDirectory(directory.entries)) return [];
  const entry = directory.entries.get("xl/workbook.xml")!;
  if (entry.size > MAX_WORKBOOK_XML || ![0, 8].includes(entry.method)) return [];
  const packed = bytes.slice(entry.dataStart, entry.dataStart + entry.packedSize);
  try {
    const stream = new Blob([packed]).stream();
    const xml = await new Response(entry.method === 0 ? stream : stream.pipeThrough(new DecompressionStream("deflate-raw"))).text();
    if (xml.length > MAX_WORKBOOK_XML) return [];
    const workbook = new DOMParser().parseFromString(xml, "application/xml");
    return [...workbook.getElementsByTagNameNS("*", "sheet")].map((sheet) => sheet.getAttribute("name") ?? "");
  } catch {
    return [];
  }
}
