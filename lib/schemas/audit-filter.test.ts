import { describe, expect, it } from "vitest";
import { MAX_KEY_LENGTH } from "@/lib/csv/row-keys";
import { auditFilterQuery, auditFilterSchema } from "./audit-filter";

describe("auditFilterSchema", () => {
  it("keeps valid filters and drops empty or broken ones", () => {
    expect(auditFilterSchema.parse({ actor: " amina ", action: "SIGN_IN", from: "2016-10-01", to: "", incident: "MSF-2016", page: "3" }))
      .toEqual({ actor: "amina", action: "SIGN_IN", from: "2016-10-01", to: undefined, incident: "MSF-2016", page: 3 });
    expect(auditFilterSchema.parse({ action: "DROP TABLE", from: "yesterday", page: "-1", actor: ["a", "b"] })).toEqual({ page: 1 });
  });

  it("keeps an incident reference as long as an import may give one, so a case's history link always filters", () => {
    const longest = `MSF-${"X".repeat(MAX_KEY_LENGTH - 4)}`;
    expect(auditFilterSchema.parse({ incident: longest }).incident).toBe(longest);
    expect(auditFilterSchema.parse({ incident: `${longest}X` }).incident).toBeUndefined();
  });

  it("writes a filter back into a query string for links", () => {
    const filter = auditFilterSchema.parse({ action: "SIGN_IN", incident: "MSF 1" });
    expect(auditFilterQuery(filter)).toBe("?action=SIGN_IN&incident=MSF+1");
    expect(auditFilterQuery(filter, 2)).toBe("?action=SIGN_IN&incident=MSF+1&page=2");
    expect(auditFilterQuery(auditFilterSchema.parse({}))).toBe("");
  });
});
