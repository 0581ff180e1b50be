import { describe, expect, it } from "vitest";
import { organizationInputSchema } from "./organization";

describe("organizationInputSchema", () => {
  it("upper-cases the short name", () => {
    expect(organizationInputSchema.parse({ name: " Sea-Watch ", shortName: "sw2", country: "Germany" })).toEqual({ name: "Sea-Watch", shortName: "SW2", country: "Germany" });
  });

  it("refuses short names that cannot start a reference", () => {
    for (const shortName of ["M", "SEA-WATCH", "TOOLONGNAME", "É1"]) expect(organizationInputSchema.safeParse({ name: "NGO", shortName, country: "Italy" }).success).toBe(false);
  });
});
