import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createIncident, createOrganization, createUser, createVessel } from "@/lib/test/factories";
import { download, FULL, rowsOf } from "./export-test-world";

// Every text a user or an imported file can put into an export starts like a spreadsheet formula here:
// no cell of any layout or table may reach the spreadsheet as one. Catches a new column written without
// neutralising, which the per-column tests would not.
// The full-width ones fall on the reference (every table), the destination and the revision's reason.
const FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "＝1+1", "＋1", "\t=1", "\r=1", "=cmd|' /C calc'!A0", "－2＋3", "＠SUM(A1)", "﹦1", "⁺1"];
const id = randomUUID().slice(0, 6);
const formula = (i: number) => `${FORMULAS[i % FORMULAS.length]} ${id}-${i}`;
// A number, negative or not, is read as a number by spreadsheets, never run; full-width and other
// compatibility forms of the formula characters are read as those characters.
const isFormula = (cell: string) => /^[=+\-@\t\r\u2212]/.test(cell.normalize("NFKC")) && !/^-?\d+(\.\d+)?$/.test(cell);

let coordinator: Awaited<ReturnType<typeof createUser>>["sessionUser"];
beforeAll(async () => {
  const own = await createOrganization({ shortName: `=${id}` });
  const partner = await createOrganization({ shortName: formula(1) });
  const user = await createUser(own.id, "COORDINATOR");
  coordinator = user.sessionUser;
  await db.user.update({ where: { id: user.user.id }, data: { name: formula(2) } });
  const vessel = await createVessel(own.id, { name: formula(3) });
  const incident = await createIncident(own.id, {
    reference: formula(4), status: "SUBMITTED", vesselId: vessel.id, latitude: 33.25, longitude: 12.6, positionText: formula(5),
    nearestCountry: formula(6), sarRegions: [formula(7)], region: formula(8), route: formula(9), coordinatingAuthority: formula(10),
    disembarkationPort: formula(11), seaState: formula(12), narrative: formula(13), source: formula(14), externalId: formula(15), sourceDataset: formula(16),
    injuries: { create: [{ type: "FUEL_BURN", severity: "SERIOUS", count: 11 }] },
    evacuations: { create: [{ count: 2, means: "HELICOPTER", destination: formula(17), evacuatedAt: new Date("2016-10-25T10:40:00Z") }] },
    partners: { create: [{ organizationId: partner.id, role: "BODY_RECOVERY" }] },
  });
  await db.auditEvent.create({
    data: { actorId: user.user.id, organizationId: own.id, action: "UPDATE", entityType: "Incident", entityId: incident.id, incidentId: incident.id,
      changes: { dead: { from: 11, to: 29 } }, reason: formula(18) },
  });
});

describe("CSV export of formula-like text", () => {
  const files = ["", "layout=iom", "table=injuries", "table=evacuations", "table=revisions"].flatMap((query) => [[query, "shareable"], [query, FULL]]);
  it.each(files)("leaves no cell a spreadsheet would run (%s, %s)", async (query, form) => {
    const { header, rows } = rowsOf((await download(coordinator, query, form === "shareable" ? undefined : form)).text);
    expect(rows.length).toBeGreaterThan(0);
    const cells = rows.flatMap((row) => header.map((column) => ({ column, value: row[column] })));
    expect(cells.filter(({ value }) => isFormula(value))).toEqual([]);
    expect(cells.filter(({ value }) => value.startsWith("'")).length).toBeGreaterThan(0);
  });
});
