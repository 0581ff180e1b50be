import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PRIVACY_DEFAULTS } from "@/lib/schemas/privacy-settings";
import { shareableCount } from "@/lib/privacy/disclosure";
import { createIncident, createOrganization, createUser } from "@/lib/test/factories";
import { download, rowsOf } from "./export-test-world";

// The consistency rule (docs/csv.md, "Shareable files and figures for partners"): two shareable files
// whose filters differ by one case differ by that case's rows alone, so no cell is exact in one and
// suppressed in the other, and their difference gives away nothing the case's own rows hide.
const RUNS = 12;
const THRESHOLD = PRIVACY_DEFAULTS.suppressionThreshold;
const COUNTS = ["children", "unaccompaniedMinors", "women", "pregnantWomen", "infants", "men", "girls", "boys", "sexAgeUnknown"] as const;
// Each file's key column and its counts of vulnerable people or of a nationality.
const LEDGER_COUNTS = ["children", "unaccompanied_minors", "women", "pregnant_women", "infants", "men", "girls", "boys", "sex_age_unknown", "nationalities"];
const FILES = {
  "": { key: "reference", counts: LEDGER_COUNTS },
  "layout=iom": { key: "Incident ID", counts: ["Number of Females", "Number of Males", "Number of Children"] },
  "layout=iom2021": { key: "Web ID", counts: ["Number of Females", "Number of Males", "Number of Children"] },
  "table=nationalities": { key: "reference", counts: ["count"] },
} as const;
const isSmall = (cell: string) => new RegExp(`(^|: )[1-${THRESHOLD - 1}](;|$)`).test(cell);

const count = fc.option(fc.integer({ min: 0, max: 12 }), { nil: null });
const incident = fc.record({
  counts: fc.tuple(...COUNTS.map(() => count)),
  nationalities: fc.uniqueArray(fc.record({ country: fc.constantFrom("ER", "SD", "GN", "SY", "BD"), count: fc.integer({ min: 1, max: 12 }) }), { selector: (n) => n.country, maxLength: 3 }),
});
const world = fc.tuple(fc.array(incident, { minLength: 1, maxLength: 5 }), incident);

type Row = Record<string, string>;
type Case = { counts: (number | null)[]; nationalities: { country: string; count: number }[] };
const keyOf = (query: keyof typeof FILES, row: Row) => (query === "table=nationalities" ? `${row.reference}/${row.country}` : row[FILES[query].key]);

describe("shareable files under filters that differ by one case (property, real database)", () => {
  it(`differ by that case's rows alone, ${RUNS} random small worlds`, async () => {
    await fc.assert(fc.asyncProperty(world, async ([others, extra]) => {
      const org = await createOrganization();
      const reader = (await createUser(org.id, "FIELD")).sessionUser;
      const make = (cells: Case, status: "SUBMITTED" | "VERIFIED") => createIncident(org.id, {
        status, ...Object.fromEntries(COUNTS.map((column, i) => [column, cells.counts[i]])), nationalities: { create: cells.nationalities },
      });
      for (const cells of others) await make(cells, "SUBMITTED");
      const { reference } = await make(extra, "VERIFIED");

      for (const query of Object.keys(FILES) as (keyof typeof FILES)[]) {
        const file = async (statuses: string) => rowsOf((await download(reader, `${query}&period=all&${statuses}`)).text).rows;
        const without = new Map((await file("status=SUBMITTED")).map((row) => [keyOf(query, row), row]));
        const withCase = new Map((await file("status=SUBMITTED&status=VERIFIED")).map((row) => [keyOf(query, row), row]));
        for (const [key, row] of without) expect(withCase.get(key), key).toEqual(row);
        const added = [...withCase.keys()].filter((key) => !without.has(key));
        expect(added.every((key) => key.startsWith(reference)), query).toBe(true);
        expect(withCase.size - without.size).toBe(query === "table=nationalities" ? extra.nationalities.length : 1);
        // The added rows hide the case's small counts themselves: the difference of the files shows no more.
        for (const key of added) for (const column of FILES[query].counts) expect(isSmall(withCase.get(key)![column]), `${key} ${column}`).toBe(false);
        if (query === "") expect(COUNTS.map((_, i) => withCase.get(reference)![LEDGER_COUNTS[i]])).toEqual(extra.counts.map((n) => String(shareableCount(n, THRESHOLD) ?? "")));
      }
    }), { numRuns: RUNS });
  });
});
