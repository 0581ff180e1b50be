import { describe, expect, it } from "vitest";
import { problemsCsv } from "./import-report";
import { readCsv } from "./reader";

describe("the problem report CSV", () => {
  it("neutralises the values a file held, in full-width forms too", () => {
    const values = ["=1+1", "＝1+1", "＋1", "－2", "＠SUM(A1)"];
    const csv = problemsCsv(values.map((value, i) => ({ row: i + 2, column: "narrative", value, message: "A problem.", severity: "error" })));
    const [, ...rows] = [...readCsv(csv.replace(/^\uFEFF/, ""))].map((record) => record.fields);
    expect(rows.map((row) => row[2])).toEqual(values.map((value) => `'${value}`));
  });
});
