import { describe, expect, it } from "vitest";
import { messageKey } from "@/lib/i18n/message-key";
import { searchTextSchema, searchWords } from "./incident-search";

describe("searchWords", () => {
  it("splits on any white space, lower-cases and drops repeats", () => {
    expect(searchWords("  Bourbon\tArgos  bourbon ")).toEqual(["bourbon", "argos"]);
  });

  it("keeps at most eight words", () => {
    expect(searchWords("a b c d e f g h i j")).toHaveLength(8);
  });
});

describe("searchTextSchema", () => {
  it("accepts an empty search (clears it) and trims", () => {
    expect(searchTextSchema.parse("   ")).toBe("");
    expect(searchTextSchema.parse(" Argos ")).toBe("Argos");
  });

  it("refuses a search with no word of three characters, naming what to type", () => {
    const result = searchTextSchema.safeParse("SW 2");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe(messageKey("validation.filters.searchTooShort"));
  });

  it("refuses more than 200 characters", () => {
    expect(searchTextSchema.safeParse("x".repeat(201)).error?.issues[0].message).toBe(messageKey("validation.filters.searchTooLong", { max: 200 }));
  });
});
