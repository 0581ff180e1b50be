import "server-only";
import { db } from "@/lib/db";
import { readCsv } from "@/lib/csv/reader";
import { createIncident, createOrganization, createUser, createVessel } from "@/lib/test/factories";
import { exportIncidents } from "./export-incidents";

// Test data for the export tests: an organization with its own, partnered, draft, deleted and
// another organization's incidents, and helpers to download and read a CSV.
export async function exportWorld() {
  const [own, partner, other] = [await createOrganization(), await createOrganization(), await createOrganization()];
  const coordinator = (await createUser(own.id, "COORDINATOR")).sessionUser;
  const field = (await createUser(own.id, "FIELD")).sessionUser;
  const vessel = await createVessel(own.id, { name: `Argos ${own.shortName}` });
  const reference = await createIncident(own.id, {
    status: "VERIFIED", occurredAt: new Date("2016-10-25T06:30:00Z"), vesselId: vessel.id, region: "Mediterranean", route: "Central Mediterranean",
    latitude: 33.25, longitude: 12.6, positionText: "33°15.0'N 012°36.0'E", distanceToCoastNm: 26.1, nearestCountry: "Libya", sarRegions: ["Libya"],
    boatType: "INFLATABLE", boatConditions: ["TAKING_WATER", "SINKING"], rescued: 107, dead: 29, missing: null, causesOfDeath: ["SUFFOCATION", "FUEL_BURNS"],
    narrative: '=HYPERLINK("http://evil.example","click")', source: "-MSF team, \"Bourbon Argos\"", sourceQuality: 4, personsOnBoard: null,
    injuries: { create: [{ type: "FUEL_BURN", severity: "SERIOUS", count: 11 }, { type: "FUEL_BURN", severity: "MINOR", count: 12 }] },
    evacuations: { create: [{ count: 2, means: "HELICOPTER", destination: "Lampedusa", evacuatedAt: new Date("2016-10-25T10:40:00Z") }, { count: 5, means: "BOAT", destination: null }] },
    partners: { create: [{ organizationId: partner.id, role: "BODY_RECOVERY" }] },
  });
  const unknowns = await createIncident(own.id, { status: "SUBMITTED", occurredAt: new Date("2017-03-01T00:00:00Z"), rescued: null, dead: null, missing: null, region: "Mediterranean" });
  const partnered = await createIncident(partner.id, { status: "SUBMITTED", occurredAt: new Date("2016-05-01T12:00:00Z"), rescued: 139, region: "Europe" });
  await db.incidentPartner.create({ data: { incidentId: partnered.id, organizationId: own.id, role: "MEDICAL_CARE" } });
  const draft = await createIncident(own.id, { status: "DRAFT" });
  const deleted = await createIncident(own.id, { status: "VERIFIED", deletedAt: new Date() });
  const foreign = await createIncident(other.id, { status: "VERIFIED" });
  return { own, partner, other, coordinator, field, vessel, incidents: { reference, unknowns, partnered, draft, deleted, foreign } };
}

/** A link's download (shareable), or the export form's when `form` is given (e.g. privacy=full&reason=…). */
export async function download(user: Parameters<typeof exportIncidents>[0], query = "", form?: string) {
  const response = await exportIncidents(user, new URLSearchParams(query), form === undefined ? null : new URLSearchParams(form));
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  return { response, bytes, text };
}

export const FULL = "privacy=full&reason=Report+to+the+donor";

/** The full file, as a reviewer's export form asks for it. */
export const downloadFull = (user: Parameters<typeof exportIncidents>[0], query = "") => download(user, query, FULL);

/** The CSV as objects keyed by header name. */
export function rowsOf(text: string) {
  const [header, ...records] = [...readCsv(text)].map((r) => r.fields);
  return { header, rows: records.map((fields) => Object.fromEntries(header.map((name, i) => [name, fields[i]]))) };
}
