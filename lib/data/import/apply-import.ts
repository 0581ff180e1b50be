import "server-only";
import { replaceChildRows } from "@/lib/data/incidents/replace-child-rows";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/data/audit";
import { addOrganization } from "@/lib/data/organizations-admin";
import { addVessel } from "@/lib/data/vessels-admin";
import { incidentColumns } from "@/lib/data/incidents/incident-record";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { vesselInputSchema } from "@/lib/schemas/vessel";
import { insertRows } from "./bulk-insert";
import { type Plan, type PlannedRow, stateOf } from "./plan-import";
import { numberReferences } from "./references";

// The whole IOM file (8,810 rows) is one transaction of a few seconds; leave room for slow disks.
const TRANSACTION = { maxWait: 10_000, timeout: 180_000 };

type Tx = Prisma.TransactionClient;
type Create = Extract<PlannedRow, { action: "create" }>;
type Update = Extract<PlannedRow, { action: "update" }>;

/**
 * Writes the plan's creates and updates, new vessels and organizations, and their audit events, in one
 * transaction; `alsoWrite` adds what goes with the import (its column mapping, kept for the next file), and
 * `beforeCommit` may still throw to roll it all back (a cancelled run).
 */
type Hooks = { alsoWrite?: (tx: Tx) => Promise<void>; beforeCommit?: () => Promise<void> };
export async function applyImport(user: SessionUser, plan: Plan, fileName: string, summary: Prisma.InputJsonObject, { alsoWrite, beforeCommit }: Hooks = {}) {
  const creates = plan.rows.filter((r): r is Create => r.action === "create");
  const updates = plan.rows.filter((r): r is Update => r.action === "update");
  await db.$transaction(async (tx) => {
    await createNames(tx, user, plan);
    const references = await numberReferences(tx, user, creates.map((r) => ({ mapped: r.mapped, year: r.input.occurredAt.getUTCFullYear() })));
    const now = new Date();
    const incidents = creates.map((row, i) => ({ row, id: randomUUID(), reference: references[i] }));
    await insertRows(tx, "Incident", incidents.map(({ row, id, reference }) => ({
      ...incidentColumns(row.input), id, reference, status: row.mapped.status, organizationId: user.organizationId,
      createdById: user.id, updatedById: user.id, externalId: row.mapped.externalId, sourceDataset: row.mapped.sourceDataset,
      createdAt: now, updatedAt: now, version: 1,
    })));
    const children = <T>(rows: (row: Create) => T[]) => incidents.flatMap(({ row, id }) => rows(row).map((child) => ({ id: randomUUID(), ...child, incidentId: id })));
    await insertRows(tx, "Injury", children((row) => row.input.injuries));
    await insertRows(tx, "Evacuation", children((row) => row.input.evacuations));
    await insertRows(tx, "IncidentPartner", children((row) => row.input.partners));
    await insertRows(tx, "IncidentNationality", incidents.flatMap(({ row, id }) => row.input.nationalities.map((n) => ({ ...n, incidentId: id }))));
    await insertRows(tx, "AuditEvent", incidents.map(({ row, id, reference }) => ({
      actorId: user.id, organizationId: user.organizationId, action: "CREATE", entityType: "Incident", entityId: id, incidentId: id,
      changes: { reference, status: row.mapped.status, ...stateOf(row.input, plan.names) }, reason: `Imported from ${fileName}`, createdAt: now,
    })));
    for (const row of updates) await updateOne(tx, user, row, fileName);
    await alsoWrite?.(tx);
    await recordAudit(tx, { actor: user, action: "IMPORT", entityType: "Import", changes: summary });
    await beforeCommit?.();
  }, TRANSACTION);
}

/** The vessels and partners the plan creates, each through the admin data layer's rules (checked again here). */
async function createNames(tx: Tx, user: SessionUser, plan: Plan) {
  const reason = "Named in an import";
  for (const { id, name } of plan.created.organizations.values()) await addOrganization(tx, user, { name, shortName: name, country: null }, { id, reason });
  for (const { id, name } of plan.created.vessels.values()) {
    const input = vesselInputSchema.parse({ name, kind: "OTHER", flagState: "", imo: "", mmsi: "", callSign: "", organizationId: user.organizationId });
    await addVessel(tx, user, input, { id, reason });
  }
}

async function updateOne(tx: Tx, user: SessionUser, { input, existing, changes, mapped }: Update, fileName: string) {
  const id = existing.id;
  const { count } = await tx.incident.updateMany({
    where: { id, version: existing.version, deletedAt: null },
    data: { ...incidentColumns(input), status: changes.status ? mapped.status : existing.status, version: { increment: 1 }, updatedById: user.id },
  });
  if (count === 0) throw new ConcurrentChange(existing.reference);
  await replaceChildRows(tx, id, input, changes);
  await recordAudit(tx, {
    actor: user, action: changes.status && Object.keys(changes).length === 1 ? "STATUS_CHANGE" : "UPDATE", entityType: "Incident", entityId: id, incidentId: id,
    changes: changes as Prisma.InputJsonObject, reason: `Imported from ${fileName}`,
  });
}

/** An incident changed between the dry run's reading and the commit's write. */
export class ConcurrentChange extends Error {
  constructor(readonly reference: string) {
    super(`${reference} was changed by someone else during the import`);
  }
}
