import { describe, expect, it } from "vitest";
import { decodeCsvBytes, firstInvalidUtf8 } from "./decode";
import { englishText } from "@/lib/i18n/english-text";
import { messageKey } from "@/lib/i18n/message-key";

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

describe("decoding uploaded CSV bytes", () => {
  it("reads UTF-8 with and without a byte-order mark", () => {
    expect(decodeCsvBytes(bytes("a,b\nKöln,é\n"))).toEqual({ ok: true, text: "a,b\nKöln,é\n", hasBom: false });
    expect(decodeCsvBytes(bytes([0xef, 0xbb, 0xbf], "a\n"))).toEqual({ ok: true, text: "a\n", hasBom: true });
  });

  it("detects Latin-1 and refuses it with advice and the line", () => {
    const result = decodeCsvBytes(bytes("a,b\nx,y\nUzunk", [0xf6], "pr", [0xfc], "\n"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(englishText(result.message)).toMatch(/not UTF-8: it looks like Latin-1 or Windows-1252 \(byte 0xF6 \(“ö” in Latin-1\) on line 3\).*CSV UTF-8/);
  });

  it("refuses workbooks, UTF-16, binary data and empty files", () => {
    expect(decodeCsvBytes(bytes([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toMatchObject({ ok: false, message: expect.stringMatching(/zipFile/) });
    expect(decodeCsvBytes(bytes([0xff, 0xfe, 0x61, 0]))).toMatchObject({ ok: false, message: expect.stringMatching(/utf16File/) });
    expect(decodeCsvBytes(bytes("a\n", [0, 1, 2]))).toMatchObject({ ok: false, message: messageKey("validation.import.binaryFile", { line: 2 }) });
    expect(decodeCsvBytes(new Uint8Array())).toMatchObject({ ok: false, message: messageKey("validation.import.emptyFile") });
  });

  it("finds the first byte that breaks UTF-8", () => {
    expect(firstInvalidUtf8(bytes("ok é € 😀"))).toBe(-1);
    expect(firstInvalidUtf8(bytes("ab", [0xc3]))).toBe(2);
    expect(firstInvalidUtf8(bytes([0xc0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(bytes([0xed, 0xa0, 0x80]))).toBe(0);
  });
});
