// The central directory of a ZIP archive (an .xlsx is one), read from the bytes without inflating
// anything: names, methods, sizes and where each entry's data starts. Pure, for server and browser.
export type ZipEntry = { name: string; method: number; isEncrypted: boolean; packedSize: number; size: number; dataStart: number };
export type ZipDirectory = { ok: true; entries: Map<string, ZipEntry> } | { ok: false; problem: "notZip" | "damaged" };

const EOCD = 0x06054b50, CENTRAL = 0x02014b50, LOCAL = 0x04034b50;
const MAX_ENTRIES = 10_000;

export const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  if (!isZip(bytes)) return { ok: false, problem: "notZip" };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) return { ok: false, problem: "damaged" };
  const count = u16(end + 10);
  let at = u32(end + 16);
  // Zip64 markers (0xFFFF…) too: an upload of 10 MB never needs them.
  if (count > MAX_ENTRIES || at + u32(end + 12) > end) return { ok: false, problem: "damaged" };
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(at) !== CENTRAL) return { ok: false, problem: "damaged" };
    const [nameLength, extraLength, commentLength, local] = [u16(at + 28), u16(at + 30), u16(at + 32), u32(at + 42)];
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (local + 30 > bytes.length || u32(local) !== LOCAL) return { ok: false, problem: "damaged" };
    const entry = {
      name, method: u16(at + 10), isEncrypted: (u16(at + 8) & 1) === 1, packedSize: u32(at + 20), size: u32(at + 24),
      dataStart: local + 30 + u16(local + 26) + u16(local + 28),
    };
    if (entry.dataStart + entry.packedSize > bytes.length) return { ok: false, problem: "damaged" };
    entries.set(name, entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** The workbook's main parts: an .xlsx (Office Open XML) has both; an .ods or another archive does not. */
export const isWorkbookDirectory = (entries: Map<string, ZipEntry>) => entries.has("[Content_Types].xml") && entries.has("xl/workbook.xml");
