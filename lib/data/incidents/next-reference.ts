import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/**
 * Numbers a new incident with the next of its organization's yearly sequence (MSF-2016-0042, as
 * formatReference writes it). The upsert locks the counter row until the transaction ends, so concurrent
 * creates queue for it, and a rolled-back create gives its number back: references stay unique and
 * without gaps. Call it as the create's last write, so that the queue waits for one statement and the commit.
 */
export async function assignReference(tx: Prisma.TransactionClient, incidentId: string, organization: { id: string; shortName: string }, year: number) {
  const [{ reference }] = await tx.$queryRaw<{ reference: string }[]>`
    WITH counter AS (
      INSERT INTO "ReferenceCounter" ("organizationId", "year", "lastNumber")
      VALUES (${organization.id}::uuid, ${year}, 1)
      ON CONFLICT ("organizationId", "year") DO UPDATE SET "lastNumber" = "ReferenceCounter"."lastNumber" + 1
      RETURNING "lastNumber"::text AS n)
    UPDATE "Incident" i SET reference = ${organization.shortName} || '-' || ${year}::int || '-' || lpad(c.n, greatest(4, length(c.n)), '0')
    FROM counter c WHERE i.id = ${incidentId}::uuid
    RETURNING i.reference`;
  return reference;
}
