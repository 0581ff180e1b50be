import { describe, expect, it } from "vitest";
import { copyTextRows } from "./copy-text-rows";

async function rowsOf(...chunks: string[]) {
  const rows = [];
  async function* bytes() {
    for (const chunk of chunks) yield new TextEncoder().encode(chunk);
  }
  for await (const row of copyTextRows(bytes())) rows.push(row);
  return rows;
}

describe("copyTextRows", () => {
  it("reads NULL, empty text and PostgreSQL's escapes", async () => {
    expect(await rowsOf("a\t\\N\t\tx\\ty\\nz\\\\w\\r\n")).toEqual([["a", null, "", "x\ty\nz\\w\r"]]);
  });

  it("joins rows and characters split across chunks", async () => {
    const text = "Sea-Watch\t12\nMédecins – Sans\t\\N\n";
    const bytes = new TextEncoder().encode(text);
    for (let cut = 1; cut < bytes.length; cut++) {
      const rows = [];
      async function* two() {
        yield bytes.subarray(0, cut);
        yield bytes.subarray(cut);
      }
      for await (const row of copyTextRows(two())) rows.push(row);
      expect(rows, `cut at ${cut}`).toEqual([["Sea-Watch", "12"], ["Médecins – Sans", null]]);
    }
  });

  it("yields nothing for no rows", async () => {
    expect(await rowsOf()).toEqual([]);
  });
});
