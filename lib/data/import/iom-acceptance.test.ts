import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { downloadFull, rowsOf } from "@/lib/data/export/export-test-world";
import { incidentWhereSql } from "@/lib/data/incidents/filter-sql";
import { parseIncidentFilters } from "@/lib/schemas/incident-filters";
import { createOrganization, createUser } from "@/lib/test/factories";
import { importIncidents } from "./import-incidents";

// The real IOM Missing Migrants download (8,810 incidents, CC BY 4.0), from shared/ beside the checkout.
const IOM_FILE = path.resolve(import.meta.dirname, "../../../../shared/data/iom_mmp_global_2014-2021.csv");
const hasFile = existsSync(IOM_FILE);
if (!hasFile) console.warn(`Skipping the IOM acceptance test: ${IOM_FILE} is absent (CI has shared/ beside the checkout).`);

describe.skipIf(!hasFile)("importing IOM's Missing Migrants file (acceptance on real data)", () => {
  let user: Awaited<ReturnType<typeof createUser>>["sessionUser"];
  const options = { fileName: "iom_mmp_global_2014-2021.csv", commit: true, allOrNothing: false, createUnknown: false };

  beforeAll(async () => {
    user = (await createUser((await createOrganization()).id, "COORDINATOR")).sessionUser;
  });

  it("imports the 8,810 rows in seconds, reporting every quirk", { timeout: 120_000 }, async () => {
    const started = Date.now();
    const report = await importIncidents(user, readFileSync(IOM_FILE), options);
    console.info(`IOM import: ${report.rowsRead} rows, ${report.create} created, ${report.skipped} skipped, ${report.warnings} warnings in ${Date.now() - started} ms`);
    expect(report).toMatchObject({ layout: "iom2021", rowsRead: 8810, committed: true, create: 8808, update: 0, unchanged: 0, skipped: 2 });
    // Two Mediterranean rows whose coordinates are in range but swapped (Tunisia, Lesbos) are refused, not guessed.
    expect(report.problems.filter((p) => p.severity === "error").map((p) => [p.row, p.column])).toEqual([[77, "Location Coordinates"], [87, "Location Coordinates"]]);
    const warnings = report.problems.filter((p) => p.severity === "warning");
    expect(warnings.filter((p) => p.message.startsWith("Latitude and longitude were swapped")).length).toBe(188);
    expect(warnings.find((p) => p.value === "1,022")?.message).toBe("Read as 1022 (the comma is a thousands separator).");
    expect(report.notes).toContainEqual({ column: "Region", from: "North Africa", to: "Northern Africa", rows: 1805 });
    const withNewline = await db.incident.findFirstOrThrow({ where: { sourceDataset: "IOM Missing Migrants", externalId: "40674" }, select: { locationOfDeath: true, narrative: true, status: true, organizationId: true } });
    expect(withNewline).toMatchObject({ status: "SUBMITTED", organizationId: user.organizationId, narrative: null });
    // Its description ends in a line break inside the quotes: read as one field (trailing space trimmed).
    expect(withNewline.locationOfDeath).toBe("Río Bravo, Las Adjuntas, Piedras Negras, Coahuila, Mexico");
    const kept = await db.incident.count({ where: { organizationId: user.organizationId, OR: [{ men: { not: null } }, { sourceUrl: { not: null } }, { unsdGrouping: { not: null } }] } });
    console.info(`IOM import: ${kept} incidents with males, a URL or a UNSD grouping, once dropped`);
    expect(kept).toBeGreaterThan(8000);
  });

  it("gives 216 incidents and 5,143 dead and missing for the Mediterranean in 2016", async () => {
    const filters = parseIncidentFilters({ region: "Mediterranean", period: "custom", from: "2016-01-01", to: "2016-12-31" });
    const [totals] = await db.$queryRaw<{ incidents: number; dead: number; missing: number }[]>(Prisma.sql`
      SELECT count(*)::int AS incidents, COALESCE(sum(i.dead), 0)::int AS dead, COALESCE(sum(i.missing), 0)::int AS missing
      FROM "Incident" i WHERE ${incidentWhereSql(user, filters)}`);
    expect(totals).toEqual({ incidents: 216, dead: 1484, missing: 3659 });
    expect(totals.dead + totals.missing).toBe(5143);
  });

  it.each(["iom2021", "iom"])("changes nothing when that selection is exported in the %s layout and imported again", async (layout) => {
    const { text, bytes } = await downloadFull(user, `layout=${layout}&region=Mediterranean&period=custom&from=2016-01-01&to=2016-12-31`);
    expect(rowsOf(text).rows).toHaveLength(216);
    const again = await importIncidents(user, bytes, { ...options, fileName: "export.csv" });
    expect(again).toMatchObject({ layout, rowsRead: 216, create: 0, update: 0, unchanged: 216, skipped: 0 });
  });
});
