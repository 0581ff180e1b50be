import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit";
import { checkPersonalData } from "@/lib/data/privacy/check-personal-data";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { createIncidentSchema } from "@/lib/schemas/incident";
import { checkLinks } from "./check-links";
import { auditState, freeText, incidentColumns } from "./incident-record";
import { assignReference } from "./next-reference";

// Creates in one organization and year queue on its reference counter (briefly); allow for a queue.
const TRANSACTION = { maxWait: 10_000, timeout: 20_000 };

/**
 * Records a new incident of the user's organization, with its rows and a CREATE audit event (a
 * snapshot), in one transaction. The reference year is the UTC year of occurredAt.
 */
export async function createIncident(user: SessionUser, rawInput: unknown) {
  if (!can(user, "incident:create")) throw new AppError("forbidden");
  const input = createIncidentSchema.parse(rawInput);
  const names = await checkLinks(input, { organizationId: user.organizationId });
  const piiWarnings = await checkPersonalData(freeText(input), null, input.isPersonalDataAcknowledged);
  const columns = incidentColumns(input);
  const status = input.intent === "submit" ? "SUBMITTED" : "DRAFT";
  const organization = { id: user.organizationId, shortName: user.organizationShortName };

  return db.$transaction(async (tx) => {
    // Written under a placeholder no one else sees, numbered last (see assignReference).
    const { id } = await tx.incident.create({
      data: {
        ...columns, reference: `pending-${randomUUID()}`, status, organizationId: user.organizationId, createdById: user.id, updatedById: user.id,
        injuries: { create: input.injuries },
        evacuations: { create: input.evacuations },
        partners: { create: input.partners },
        nationalities: { create: input.nationalities },
      },
      select: { id: true },
    });
    const reference = await assignReference(tx, id, organization, input.occurredAt.getUTCFullYear());
    await recordAudit(tx, {
      actor: user, action: "CREATE", entityType: "Incident", entityId: id, incidentId: id,
      changes: { reference, status, ...auditState({ ...columns, ...input }, names) }, piiWarnings,
    });
    return { id, reference };
  }, TRANSACTION);
}
