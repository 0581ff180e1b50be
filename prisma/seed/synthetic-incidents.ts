import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { ORGANIZATIONS } from "./organizations";
import { REFERENCE_CASE } from "./reference-case";
import { formatReference, parseReference, saveReferenceCounters } from "./references";
import { generateSyntheticIncidents, type SyntheticIncident } from "./synthetic-generator";
import { SYNTHETIC_TIMELINES_SQL } from "./synthetic-timelines";
import { withPeople } from "./synthetic-people";

const BATCH = 500;

/** References per organization and year in order of occurrence, after the numbers the reference case holds. */
export function numberIncidents<T extends SyntheticIncident>(incidents: T[]) {
  const counters = new Map<string, { shortName: string; year: number; lastNumber: number }>();
  const next = (shortName: string, year: number, number?: number) => {
    const counter = counters.get(`${shortName}-${year}`) ?? { shortName, year, lastNumber: 0 };
    counter.lastNumber = Math.max(counter.lastNumber, number ?? counter.lastNumber + 1);
    counters.set(`${shortName}-${year}`, counter);
    return counter.lastNumber;
  };
  for (const reference of Object.values(REFERENCE_CASE)) {
    const { shortName, year, number } = parseReference(reference);
    next(shortName, year, number);
  }
  const numbered = incidents.map((incident, index) => ({ incident, index }))
    .sort((a, b) => a.incident.fields.occurredAt.getTime() - b.incident.fields.occurredAt.getTime() || a.index - b.index)
    .map(({ incident }) => {
      const year = incident.fields.occurredAt.getUTCFullYear();
      return { ...incident, reference: formatReference(incident.organization, year, next(incident.organization, year)) };
    });
  return { numbered, counters: [...counters.values()] };
}

async function lookups(db: PrismaClient) {
  const organizations = await db.organization.findMany({
    where: { shortName: { in: ORGANIZATIONS.map((o) => o.shortName) } },
    select: { id: true, shortName: true, vessels: { select: { id: true, name: true } }, users: { where: { role: "FIELD" }, select: { id: true }, orderBy: { createdAt: "asc" }, take: 1 } },
  });
  if (organizations.length < ORGANIZATIONS.length) throw new Error("Seed the reference data (organizations and vessels) before the synthetic incidents.");
  const byShortName = (shortName: string) => organizations.find((o) => o.shortName === shortName)!;
  const vesselId = (shortName: string, name: string | null) => (name ? byShortName(shortName).vessels.find((v) => v.name === name)?.id ?? null : null);
  return { byShortName, vesselId };
}

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

/** Deterministic synthetic incidents spread over the demo organizations, with their timelines; skips references that already exist. */
export async function seedSyntheticIncidents(db: PrismaClient, { count = 400 }: { count?: number } = {}) {
  const { numbered, counters } = numberIncidents(withPeople(generateSyntheticIncidents(count)));
  const { byShortName, vesselId } = await lookups(db);
  const existing = new Set((await db.incident.findMany({ where: { reference: { in: numbered.map((i) => i.reference) } }, select: { reference: true } })).map((i) => i.reference));
  const fresh = numbered.filter((incident) => !existing.has(incident.reference)).map((incident) => ({ ...incident, id: randomUUID() }));

  const incidents: Prisma.IncidentCreateManyInput[] = fresh.map(({ id, reference, organization, vessel, fields }) => {
    const authorId = byShortName(organization).users[0]?.id ?? null;
    return {
      ...fields, id, reference,
      organizationId: byShortName(organization).id, vesselId: vesselId(organization, vessel),
      createdById: authorId, updatedById: authorId, updatedAt: fields.createdAt,
    };
  });
  const injuries = fresh.flatMap((i) => i.injuries.map((injury) => ({ ...injury, incidentId: i.id })));
  const evacuations = fresh.flatMap((i) => i.evacuations.map((evacuation) => ({ ...evacuation, incidentId: i.id })));
  const nationalities = fresh.flatMap((i) => i.nationalities.map((row) => ({ ...row, incidentId: i.id })));
  const partners = fresh.flatMap((i) => i.partners.map(({ organization, role }) => ({ incidentId: i.id, organizationId: byShortName(organization).id, role })));

  await db.$transaction(async (tx) => {
    await inBatches(incidents, (data) => tx.incident.createMany({ data }));
    await inBatches(injuries, (data) => tx.injury.createMany({ data }));
    await inBatches(evacuations, (data) => tx.evacuation.createMany({ data }));
    await inBatches(partners, (data) => tx.incidentPartner.createMany({ data }));
    await tx.$executeRawUnsafe(SYNTHETIC_TIMELINES_SQL, fresh.map((incident) => incident.id));
    await inBatches(nationalities, (data) => tx.incidentNationality.createMany({ data }));
    await saveReferenceCounters(tx, counters.map(({ shortName, year, lastNumber }) => ({ organizationId: byShortName(shortName).id, year, lastNumber })));
    if (fresh.length > 0)
      await tx.auditEvent.create({ data: { action: "IMPORT", entityType: "Incident", changes: { dataset: "synthetic demo incidents", created: fresh.length } } });
  }, { timeout: 30_000 });
  return { created: fresh.length, existing: existing.size };
}
