import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileCell } from "@/lib/test/hostile-csv";
import { nastyText } from "@/lib/test/hostile-input";
import { decodeCsvBytes } from "./decode";
import { CsvError, readCsv } from "./reader";
import { csvDocument, unneutraliseFormula } from "./writer";

const RUNS = 1_000;

// Records of two or more cells, since a record of one empty cell is a blank line, which the reader skips.
const cell = fc.oneof(nastyText, hostileCell.filter((text) => text.length <= 20_000), fc.constantFrom('"', '""', ",", "\r\n", "\n", "\r", "\uFEFF", "=1", "'=1", "-2"));
const records = fc.array(fc.array(cell, { minLength: 2, maxLength: 6 }), { maxLength: 5 });

describe("the CSV reader and writer against generated text (property)", () => {
  it("read back exactly what the writer wrote, through UTF-8 bytes, whatever the cells hold", () => {
    const noNul = fc.array(cell.map((text) => text.replace(/\u0000/g, "")), { minLength: 2, maxLength: 6 });
    fc.assert(fc.property(noNul, fc.array(noNul, { maxLength: 5 }), (header, rows) => {
      const decoded = decodeCsvBytes(new TextEncoder().encode(csvDocument(header, rows)));
      expect(decoded.ok).toBe(true);
      const read = [...readCsv(decoded.ok ? decoded.text : "")].map((record) => record.fields.map(unneutraliseFormula));
      // A lone surrogate half cannot exist in UTF-8: it leaves as U+FFFD.
      const written = [header, ...rows].map((fields) => fields.map((text) => text.toWellFormed()));
      expect(read).toEqual(written);
    }), { numRuns: RUNS });
  });

  it("read any text as records or stop with a CsvError naming a line of the text, never another error", () => {
    const joined = fc.tuple(records, fc.constantFrom("\n", "\r\n", "\r")).map(([rows, newline]) => rows.map((fields) => fields.join(",")).join(newline));
    const text = fc.oneof(fc.string({ unit: "binary" }), joined);
    fc.assert(fc.property(text, (input) => {
      const lines = input.split(/\r\n|\r|\n/).length;
      try {
        for (const record of readCsv(input)) expect(record.line >= 1 && record.line <= lines).toBe(true);
      } catch (error) {
        expect(error).toBeInstanceOf(CsvError);
        expect((error as CsvError).line).toBeLessThanOrEqual(lines);
      }
    }), { numRuns: RUNS });
  });

  it("decode any bytes as UTF-8 text or refuse them with a message, never throw", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      const decoded = decodeCsvBytes(bytes);
      if (decoded.ok) expect(decoded.text).toBe(decoded.text.toWellFormed());
      else expect(decoded.message).toMatch(/\S/);
    }), { numRuns: RUNS });
  });
});
