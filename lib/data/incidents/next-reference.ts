import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { formatReference } from "@/prisma/seed/references";

/**
 * Takes the next number of the organization's yearly sequence (MSF-2016-0042). The upsert locks the
 * counter row until the caller's transaction ends, so concurrent creates queue for it, and a rolled-back
 * create gives its number back: references stay unique and without gaps.
 */
export async function nextReference(tx: Prisma.TransactionClient, organization: { id: string; shortName: string }, year: number) {
  const [{ lastNumber }] = await tx.$queryRaw<{ lastNumber: number }[]>`
    INSERT INTO "ReferenceCounter" ("organizationId", "year", "lastNumber")
    VALUES (${organization.id}::uuid, ${year}, 1)
    ON CONFLICT ("organizationId", "year") DO UPDATE SET "lastNumber" = "ReferenceCounter"."lastNumber" + 1
    RETURNING "lastNumber"`;
  return formatReference(organization.shortName, year, lastNumber);
}
