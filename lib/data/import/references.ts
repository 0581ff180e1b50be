import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/data/users";
import { formatReference, parseReference, saveReferenceCounters } from "@/prisma/seed/references";

/**
 * References for new incidents: the file's own where given (raising the organization's counters past
 * those in its sequence, so later creates continue after them), otherwise the next numbers of the
 * organization's yearly sequence, taken as a block per year.
 */
export async function numberReferences(tx: Prisma.TransactionClient, user: SessionUser, items: { reference: string | null; year: number }[]) {
  const raised = new Map<number, number>();
  for (const { reference } of items) {
    const parsed = reference && /^.+-\d{4}-\d{4,}$/.test(reference) ? parseReference(reference) : null;
    if (parsed?.shortName === user.organizationShortName) raised.set(parsed.year, Math.max(raised.get(parsed.year) ?? 0, parsed.number));
  }
  await saveReferenceCounters(tx, [...raised].map(([year, lastNumber]) => ({ organizationId: user.organizationId, year, lastNumber })));

  const needed = new Map<number, number>();
  for (const { reference, year } of items) if (!reference) needed.set(year, (needed.get(year) ?? 0) + 1);
  const next = new Map<number, number>();
  for (const [year, count] of needed) {
    const [{ lastNumber }] = await tx.$queryRaw<{ lastNumber: number }[]>`
      INSERT INTO "ReferenceCounter" ("organizationId", "year", "lastNumber") VALUES (${user.organizationId}::uuid, ${year}, ${count})
      ON CONFLICT ("organizationId", "year") DO UPDATE SET "lastNumber" = "ReferenceCounter"."lastNumber" + ${count}
      RETURNING "lastNumber"`;
    next.set(year, lastNumber - count + 1);
  }
  return items.map(({ reference, year }) => {
    if (reference) return reference;
    const number = next.get(year)!;
    next.set(year, number + 1);
    return formatReference(user.organizationShortName, year, number);
  });
}
