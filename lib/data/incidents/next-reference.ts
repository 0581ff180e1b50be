import "server-only";
import type { Prisma } from "@/generated/prisma/client";

type Organization = { id: string; shortName: string };

/**
 * The next `count` numbers of an organization's yearly sequence, as references (MSF-2016-0042, as
 * formatReference writes them), skipping numbers a row already holds (SQL function
 * incident_references_take). The counter row stays locked until the transaction ends, so concurrent
 * creates queue for it, and a rolled-back create gives its numbers back.
 */
export async function takeReferences(tx: Prisma.TransactionClient, organization: Organization, year: number, count: number) {
  const rows = await tx.$queryRaw<{ reference: string }[]>`
    SELECT incident_references_take(${organization.id}::uuid, ${organization.shortName}, ${year}::int, ${count}::int) AS reference`;
  return rows.map((row) => row.reference);
}

/** Numbers a new incident. Call it as the create's last write, so that the queue waits for one statement and the commit. */
export async function assignReference(tx: Prisma.TransactionClient, incidentId: string, organization: Organization, year: number) {
  const [{ reference }] = await tx.$queryRaw<{ reference: string }[]>`
    WITH taken AS (SELECT incident_references_take(${organization.id}::uuid, ${organization.shortName}, ${year}::int, 1) AS reference)
    UPDATE "Incident" i SET reference = taken.reference FROM taken WHERE i.id = ${incidentId}::uuid
    RETURNING i.reference`;
  return reference;
}
