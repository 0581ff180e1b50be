import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate";

describe("negotiateLocale", () => {
  it("takes the browser's preferred language the interface speaks", () => {
    expect(negotiateLocale("it-IT,it;q=0.9,en;q=0.8")).toBe("it");
    expect(negotiateLocale("ar-LY")).toBe("ar");
    expect(negotiateLocale("pt-BR,pt;q=0.9,fr;q=0.5,de;q=0.7")).toBe("de");
    expect(negotiateLocale("en;q=0.2, FR-ch")).toBe("fr");
  });

  it("falls back to English for a language it lacks, a missing or an unreadable header", () => {
    expect(negotiateLocale("pt")).toBe("en");
    expect(negotiateLocale(undefined)).toBe("en");
    expect(negotiateLocale("")).toBe("en");
    expect(negotiateLocale("*, x-klingon-!!, de;q=0")).toBe("en");
    expect(negotiateLocale("not a header at all;q=abc")).toBe("en");
  });
});
