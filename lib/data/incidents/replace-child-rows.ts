import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { CreateIncidentInput } from "@/lib/schemas/incident";
import { replaceEvacuations } from "./replace-evacuations";

/** Replaces an incident's injuries, evacuations, partners and nationalities where the edit changed them (evacuations keep their timeline links). */
export async function replaceChildRows(
  tx: Prisma.TransactionClient,
  incidentId: string,
  input: Pick<CreateIncidentInput, "injuries" | "evacuations" | "partners" | "nationalities">,
  changes: Record<string, unknown>,
) {
  if (changes.injuries) {
    await tx.injury.deleteMany({ where: { incidentId } });
    await tx.injury.createMany({ data: input.injuries.map((row) => ({ ...row, incidentId })) });
  }
  if (changes.evacuations) await replaceEvacuations(tx, incidentId, input.evacuations);
  if (changes.partners) {
    await tx.incidentPartner.deleteMany({ where: { incidentId } });
    await tx.incidentPartner.createMany({ data: input.partners.map((row) => ({ ...row, incidentId })) });
  }
  if (changes.nationalities) {
    await tx.incidentNationality.deleteMany({ where: { incidentId } });
    await tx.incidentNationality.createMany({ data: input.nationalities.map((row) => ({ ...row, incidentId })) });
  }
}
