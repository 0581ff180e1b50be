import { describe, expect, it } from "vitest";
import { readCsv } from "./reader";
import { decodeCsvBytes } from "./decode";
import { BOM, csvDocument, csvField, csvRecord, neutraliseFormula, unneutraliseFormula } from "./writer";

describe("CSV writer", () => {
  it("quotes fields with commas, quotes and line breaks (RFC 4180), and only those", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('the "Bourbon Argos"')).toBe('"the ""Bourbon Argos"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    expect(csvRecord(["a", "b,c", 3])).toBe('a,"b,c",3\r\n');
  });

  it("quotes a field opening with U+FEFF, so the first one of a file is not read as a byte-order mark", () => {
    expect(csvField("\uFEFFbom")).toBe('"\uFEFFbom"');
    for (const first of ["\uFEFFbom", '\uFEFFbom"', "\uFEFF"]) {
      const decoded = decodeCsvBytes(new TextEncoder().encode(csvDocument([first, "b"], [])));
      expect(decoded.ok && [...readCsv(decoded.text)].map((r) => r.fields)).toEqual([[first, "b"]]);
    }
  });

  it("writes unknown as an empty cell, never 0, and dates in ISO 8601 UTC", () => {
    expect(csvRecord([null, undefined, 0, ""])).toBe(",,0,\r\n");
    expect(csvField(new Date("2016-10-25T08:30:00+02:00"))).toBe("2016-10-25T06:30:00.000Z");
    expect(csvField(Number.NaN)).toBe("");
  });

  it.each(["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])("neutralises the formula %j", (text) => {
    expect(csvField(text).replace(/^"/, "").startsWith("'")).toBe(true);
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  // Spreadsheets fold compatibility forms (full-width, small, superscript) to the characters they stand for.
  it.each(["＝HYPERLINK(\"http://x\")", "＋1＋1", "－2＋3", "＠SUM(A1)", "﹦1", "﹢1", "﹣1", "﹫A1", "⁺1", "₌1", "⩵1", "−1+1", "＇＝1", "=\u0338x"])(
    "neutralises the formula %j in a compatibility form",
    (text) => {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
      expect(unneutraliseFormula(neutraliseFormula(text))).toBe(text);
    },
  );

  it("leaves text alone that only contains a formula character further on", () => {
    for (const text of ["ａ＝1", "é=1", "12 ＋ 3", "＇plain"]) expect(neutraliseFormula(text)).toBe(text);
  });

  it("leaves numbers alone, negative ones included: only text can be a formula", () => {
    expect(csvField(-13.78)).toBe("-13.78");
    expect(csvField("12 dead")).toBe("12 dead");
  });

  it("neutralises reversibly, even text that already starts with an apostrophe", () => {
    for (const text of ["=1", "'=1", "''-2", "'quoted'", "plain", "-", ""]) expect(unneutraliseFormula(neutraliseFormula(text))).toBe(text);
    expect(neutraliseFormula("'=1")).toBe("''=1");
    expect(neutraliseFormula("'quoted'")).toBe("'quoted'");
  });

  it("starts with a byte-order mark unless asked not to, and reads back what it wrote", () => {
    const doc = csvDocument(["row", "column", "value"], [[2, "dead", "1,022"], [3, "narrative", 'said "help"\nthen left']]);
    expect(doc.startsWith(BOM)).toBe(true);
    expect(csvDocument(["a"], [], { bom: false })).toBe("a\r\n");
    expect([...readCsv(doc)].map((r) => r.fields)).toEqual([["row", "column", "value"], ["2", "dead", "1,022"], ["3", "narrative", 'said "help"\nthen left']]);
  });
});
