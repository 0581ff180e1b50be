import "server-only";
import { Readable } from "node:stream";
import { createInflateRaw } from "node:zlib";
import { messageKey } from "@/lib/i18n/message-key";
import { XlsxError } from "./xlsx-error";
import { isWorkbookDirectory, readZipDirectory, type ZipEntry } from "./zip-directory";

export type UnpackLimits = { maxUnpackedBytes: number; maxRatio: number };

// Entries this small may be packed as tightly as they like: the ratio only matters for what could be big.
const RATIO_FROM_BYTES = 1024 * 1024;
const CHUNK = 64 * 1024;

const tooBig = (limits: UnpackLimits) => new XlsxError(messageKey("validation.import.xlsxZipBomb", { max: Math.round(limits.maxUnpackedBytes / 1024 / 1024) }));
const damaged = () => new XlsxError(messageKey("validation.import.xlsxDamaged"));

/**
 * An .xlsx upload's parts, each inflated as it is read. Refused before anything is inflated when the
 * directory declares more than the limits allow (a zip bomb), and while inflating when an entry gives more
 * than its directory said (the sizes in a ZIP can lie), so no more than maxUnpackedBytes is ever produced.
 */
export function openWorkbookZip(bytes: Uint8Array, limits: UnpackLimits) {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) throw directory.problem === "notZip" ? new XlsxError(messageKey("validation.import.xlsxNotWorkbook")) : damaged();
  const { entries } = directory;
  if (!isWorkbookDirectory(entries)) throw new XlsxError(messageKey("validation.import.xlsxNotWorkbook"));
  let declared = 0;
  for (const entry of entries.values()) {
    if (entry.isEncrypted || (entry.method !== 0 && entry.method !== 8) || (entry.method === 0 && entry.size !== entry.packedSize)) throw damaged();
    declared += entry.size;
    if (entry.size > RATIO_FROM_BYTES && entry.size > entry.packedSize * limits.maxRatio) throw tooBig(limits);
  }
  if (declared > limits.maxUnpackedBytes) throw tooBig(limits);
  let unpacked = 0;

  async function* inflate(entry: ZipEntry): AsyncGenerator<Uint8Array> {
    const packed = bytes.subarray(entry.dataStart, entry.dataStart + entry.packedSize);
    const source = Readable.from((function* () {
      for (let at = 0; at < packed.length; at += CHUNK) yield packed.subarray(at, at + CHUNK);
    })());
    const chunks = entry.method === 0 ? source : source.pipe(createInflateRaw());
    let size = 0;
    try {
      for await (const chunk of chunks as AsyncIterable<Uint8Array>) {
        size += chunk.length;
        unpacked += chunk.length;
        if (size > entry.size || unpacked > limits.maxUnpackedBytes) throw tooBig(limits);
        yield chunk;
      }
    } catch (error) {
      throw error instanceof XlsxError ? error : damaged();
    } finally {
      source.destroy();
      if (chunks !== source) (chunks as ReturnType<typeof createInflateRaw>).destroy();
    }
    if (size !== entry.size) throw damaged();
  }

  return {
    has: (name: string) => entries.has(name),
    /** The entry's inflated bytes, chunk by chunk; nothing when the archive has no such entry. */
    read: (name: string): AsyncIterable<Uint8Array> => {
      const entry = entries.get(name);
      return entry ? inflate(entry) : (async function* () {})();
    },
  };
}

export type WorkbookZip = ReturnType<typeof openWorkbookZip>;
