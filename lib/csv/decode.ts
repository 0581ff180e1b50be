import { messageKey } from "@/lib/i18n/message-key";

// Turning uploaded bytes into text: UTF-8 with or without a byte-order mark. Anything else (Latin-1,
// UTF-16, a spreadsheet workbook, binary data) is refused with advice on how to save the file as CSV.
export type Decoded = { ok: true; text: string; hasBom: boolean } | { ok: false; message: string };

// The advice, a message of its own, goes in as the label argument, which is translated first.
const SAVE_AS_UTF8 = { label: "validation.import.saveAsUtf8" };

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

export function decodeCsvBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, message: messageKey("validation.import.emptyFile") };
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return { ok: false, message: messageKey("validation.import.zipFile", SAVE_AS_UTF8) };
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return { ok: false, message: messageKey("validation.import.xlsFile", SAVE_AS_UTF8) };
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) return { ok: false, message: messageKey("validation.import.utf16File", SAVE_AS_UTF8) };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, message: messageKey("validation.import.binaryFile", { line: lineAt(bytes, nul) }) };
  const hasBom = startsWith(bytes, 0xef, 0xbb, 0xbf);
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    const byte = bytes[invalid];
    const found = { ...SAVE_AS_UTF8, byte: byte.toString(16).toUpperCase(), line: lineAt(bytes, invalid) };
    const message = byte >= 0xa0 ? messageKey("validation.import.notUtf8Char", { ...found, char: String.fromCharCode(byte) }) : messageKey("validation.import.notUtf8", found);
    return { ok: false, message };
  }
  return { ok: true, text: new TextDecoder("utf-8").decode(hasBom ? bytes.subarray(3) : bytes), hasBom };
}

function lineAt(bytes: Uint8Array, offset: number) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8 (bad lead, missing continuation, overlong, surrogate), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const [length, min, max] = b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf] : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f]
      : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf] : b === 0xf0 ? [4, 0x90, 0xbf] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : [0, 0, 0];
    if (length === 0 || i + length > bytes.length) return i;
    if (bytes[i + 1] < min || bytes[i + 1] > max) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}
