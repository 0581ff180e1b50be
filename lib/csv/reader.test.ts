import { describe, expect, it } from "vitest";
import { englishText } from "@/lib/i18n/english-text";
import { CsvError, readCsv } from "./reader";

const read = (text: string, limits = {}) => [...readCsv(text, limits)];
/** The message a read stops with, as an English reader reads it. */
function englishError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof CsvError) return englishText(error.message);
  }
  return "no CsvError";
}
const fields = (text: string) => read(text).map((r) => r.fields);

describe("CSV reader", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, with the line each record starts on", () => {
    const records = read('"Web ID","Location Description"\r\n"40674","Line one\nline two, with ""quotes"""\r\n"2","x"\r\n');
    expect(records.map((r) => r.fields)).toEqual([["Web ID", "Location Description"], ["40674", 'Line one\nline two, with "quotes"'], ["2", "x"]]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it("accepts LF, CRLF and CR line endings, a byte-order mark and a missing final line break", () => {
    expect(fields("\uFEFFa,b\nc,d")).toEqual([["a", "b"], ["c", "d"]]);
    expect(fields("a,b\r\nc,d\r\n")).toEqual([["a", "b"], ["c", "d"]]);
    expect(fields("a,b\rc,d\r")).toEqual([["a", "b"], ["c", "d"]]);
  });

  it("keeps empty fields and skips blank lines, but not a quoted empty field", () => {
    expect(fields("a,,c\n\n,\n")).toEqual([["a", "", "c"], ["", ""]]);
    expect(fields('""\n')).toEqual([[""]]);
  });

  it("keeps thousands separators inside quotes as one field", () => {
    expect(fields('"1,022",5')).toEqual([["1,022", "5"]]);
  });

  it("reports an unbalanced quote with the line where the field opened", () => {
    expect(() => read('a,b\n1,"never closed\n2,3\n')).toThrow(CsvError);
    expect(englishError(() => read('a,b\n1,"never closed\n2,3\n'))).toMatch(/Line 2: the quoted field opened here is never closed/);
  });

  it("refuses a stray quote inside an unquoted field and text after a closing quote", () => {
    expect(englishError(() => read('a,b\n5" screen,x\n'))).toMatch(/Line 2: a quote \(\"\) inside unquoted field 1/);
    expect(englishError(() => read('"abc"def,x\n'))).toMatch(/Line 1: text follows the closing quote of field 1/);
  });

  it("refuses 10,000 columns", () => {
    expect(englishError(() => read(`${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(",")}\n`))).toMatch(/more than 500 columns/);
  });

  it("refuses a 50 MB cell, quoted or not, without hanging", () => {
    const huge = "x".repeat(50 * 1024 * 1024);
    expect(englishError(() => read(`a\n"${huge}"\n`))).toMatch(/Line 2: a field is longer than 100,000 characters/);
    expect(englishError(() => read(`a\n${huge}\n`))).toMatch(/longer than 100,000 characters/);
  });

  it("reads binary noise as text or stops with a clear error, never hangs", () => {
    let seed = 7;
    const noise = Array.from({ length: 200_000 }, () => String.fromCharCode((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256)).join("");
    try {
      read(noise);
    } catch (error) {
      expect(error).toBeInstanceOf(CsvError);
    }
  });
});
