import { describe, expect, it } from "vitest";
import { patternsOf } from "./places";
import { ERASED, eraseInJson, eraseInString, excerptAround, formEncoded, isPartOfMarker } from "./text-match";

describe("patternsOf", () => {
  it("makes % and _ (and the escape character) plain characters in every LIKE pattern", () => {
    const p = patternsOf("50%_a\\b");
    expect(p.plain).toBe("%50\\%\\_a\\\\b%");
    expect(p.encoded).toBe("%50\\%25\\_a\\%5Cb%");
    // JSON text doubles the backslash, which the pattern escapes again.
    expect(p.jsonPlain).toBe("%50\\%\\_a\\\\\\\\b%");
  });
});

describe("eraseInString", () => {
  it("replaces every occurrence in any case, and counts them", () => {
    expect(eraseInString("Amadou said AMADOU; amadou.", "amadou")).toEqual({ value: `${ERASED} said ${ERASED}; ${ERASED}.`, count: 3 });
  });

  it("takes the text literally", () => {
    expect(eraseInString("a.c abc (x)+", "a.c")).toEqual({ value: `${ERASED} abc (x)+`, count: 1 });
    expect(eraseInString("a.c abc (x)+", "(x)+").value).toBe(`a.c abc ${ERASED}`);
  });

  it("also replaces the text as a query string encodes it, by the encoded marker", () => {
    expect(eraseInString("searchText=Amadou+Diallo&status=DRAFT", "amadou diallo")).toEqual({ value: `searchText=${formEncoded(ERASED)}&status=DRAFT`, count: 1 });
    expect(eraseInString("q=Fran%C3%A7ois", "François").value).toBe(`q=${formEncoded(ERASED)}`);
  });
});

describe("eraseInJson", () => {
  it("walks every string value, never the keys, and leaves other values", () => {
    const changes = { narrative: { from: "Amadou here", to: "amadou there" }, Amadou: 3, list: ["x amadou", null, true, { deep: "AMADOU" }] };
    expect(eraseInJson(changes, "Amadou")).toEqual({
      value: { narrative: { from: `${ERASED} here`, to: `${ERASED} there` }, Amadou: 3, list: [`x ${ERASED}`, null, true, { deep: ERASED }] },
      count: 4,
    });
  });
});

describe("excerptAround", () => {
  it("cuts 40 characters either side of the first occurrence", () => {
    const value = `${"a".repeat(100)} Amadou ${"b".repeat(100)}`;
    expect(excerptAround(value, "amadou")).toBe(`…${"a".repeat(39)} Amadou ${"b".repeat(39)}…`);
    expect(excerptAround("Amadou here", "amadou")).toBe("Amadou here");
  });
});

describe("isPartOfMarker", () => {
  it("refuses what erasing would leave in place", () => {
    expect(isPartOfMarker("ERASED")).toBe(true);
    expect(isPartOfMarker("5Bera")).toBe(true);
    expect(isPartOfMarker("Amadou")).toBe(false);
  });
});
