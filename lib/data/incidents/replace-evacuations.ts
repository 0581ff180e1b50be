import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { CreateIncidentInput } from "@/lib/schemas/incident";

type EvacuationInput = CreateIncidentInput["evacuations"][number];
type StoredEvacuation = EvacuationInput & { id: string };

const same = (stored: StoredEvacuation, row: EvacuationInput) =>
  stored.count === row.count && stored.means === row.means && (stored.destination ?? null) === (row.destination ?? null)
  && (stored.evacuatedAt?.getTime() ?? null) === (row.evacuatedAt?.getTime() ?? null);

/**
 * Saves the edited evacuation rows while keeping the ids that medical-evacuation events link to: an
 * unchanged row keeps its id, edited rows are updated in place (paired in order with the rows no longer
 * found as they were), and only rows the edit removed are deleted, which unlinks their events.
 */
export async function replaceEvacuations(tx: Prisma.TransactionClient, incidentId: string, rows: EvacuationInput[]) {
  const left: StoredEvacuation[] = await tx.evacuation.findMany({
    where: { incidentId }, select: { id: true, count: true, means: true, destination: true, evacuatedAt: true },
    orderBy: [{ evacuatedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  });
  const edited: EvacuationInput[] = [];
  for (const row of rows) {
    const kept = left.findIndex((stored) => same(stored, row));
    if (kept >= 0) left.splice(kept, 1);
    else edited.push(row);
  }
  const inPlace = Math.min(left.length, edited.length);
  for (let i = 0; i < inPlace; i++) await tx.evacuation.update({ where: { id: left[i].id }, data: edited[i] });
  await tx.evacuation.deleteMany({ where: { id: { in: left.slice(inPlace).map((row) => row.id) } } });
  await tx.evacuation.createMany({ data: edited.slice(inPlace).map((row) => ({ ...row, incidentId })) });
}
