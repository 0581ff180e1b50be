import "server-only";
import type { MappedRow } from "@/lib/csv/row-context";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { storedColumns, type StoredIncident } from "./stored-input";

const CHUNK = 10_000;

/**
 * The importer's organization's incidents an upload's rows point at, deleted ones included, keyed
 * "#reference" and "dataset#externalId"; and the names of vessels and organizations. Another
 * organization's incidents are not looked at: for the import they do not exist.
 */
export async function findExisting(user: SessionUser, rows: MappedRow[]) {
  const references = [...new Set(rows.flatMap((r) => (r.reference ? [r.reference] : [])))];
  const externalIds = [...new Set(rows.flatMap((r) => (r.externalId ? [r.externalId] : [])))];
  const found: StoredIncident[] = [];
  for (let i = 0; i < Math.max(references.length, externalIds.length); i += CHUNK) {
    const refs = references.slice(i, i + CHUNK);
    const ids = externalIds.slice(i, i + CHUNK);
    found.push(...(await db.incident.findMany({ where: { organizationId: user.organizationId, OR: [{ reference: { in: refs } }, { externalId: { in: ids } }] }, select: storedColumns })));
  }
  const existing = new Map<string, StoredIncident>();
  for (const incident of found) {
    existing.set(`#${incident.reference}`, incident);
    if (incident.externalId) existing.set(`${incident.sourceDataset}#${incident.externalId}`, incident);
  }
  const [vessels, organizations] = await Promise.all([
    db.vessel.findMany({ select: { id: true, name: true } }),
    db.organization.findMany({ select: { id: true, shortName: true } }),
  ]);
  return {
    existing,
    names: { vessels: new Map(vessels.map((v) => [v.id, v.name])), organizations: new Map(organizations.map((o) => [o.id, o.shortName])) },
  };
}
