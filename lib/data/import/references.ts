import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { isIomDataset } from "@/lib/csv/columns";
import type { MappedRow } from "@/lib/csv/row-context";
import { takeReferences } from "@/lib/data/incidents/next-reference";
import type { SessionUser } from "@/lib/data/users";
import { parseReference, saveReferenceCounters } from "@/prisma/seed/references";

type NewRow = { mapped: MappedRow; year: number };

/** The reference a new row asks for: the file's own (the plan admits only the importer's), or <short name>-IOM-<Incident ID or Web ID>. */
const wantedReference = (user: SessionUser, { reference, sourceDataset, externalId }: MappedRow) =>
  reference ?? (isIomDataset(sourceDataset) && externalId ? `${user.organizationShortName}-IOM-${externalId}` : null);

/**
 * References for new incidents: the one each row asks for (raising the organization's counters past
 * those in its sequence, so later creates continue after them), otherwise the next free numbers of the
 * organization's yearly sequence. A reference some other row holds (one written under this short name
 * before it was this organization's) is numbered anew, as the dry run could not tell it apart from a free one.
 */
export async function numberReferences(tx: Prisma.TransactionClient, user: SessionUser, rows: NewRow[]) {
  const wanted = rows.map(({ mapped }) => wantedReference(user, mapped));
  const asked = wanted.filter((r): r is string => r !== null);
  const held = new Set((await tx.$queryRaw<{ reference: string }[]>`SELECT reference FROM "Incident" WHERE reference = ANY(${asked}::text[])`).map((i) => i.reference));
  const kept = wanted.map((reference) => (reference && !held.has(reference) ? reference : null));

  const raised = new Map<number, number>();
  for (const reference of kept) {
    const parsed = reference && /^.+-\d{4}-\d{4,}$/.test(reference) ? parseReference(reference) : null;
    if (parsed?.shortName === user.organizationShortName) raised.set(parsed.year, Math.max(raised.get(parsed.year) ?? 0, parsed.number));
  }
  await saveReferenceCounters(tx, [...raised].map(([year, lastNumber]) => ({ organizationId: user.organizationId, year, lastNumber })));

  const needed = new Map<number, number>();
  rows.forEach(({ year }, i) => {
    if (!kept[i]) needed.set(year, (needed.get(year) ?? 0) + 1);
  });
  const numbers = new Map<number, string[]>();
  const organization = { id: user.organizationId, shortName: user.organizationShortName };
  for (const [year, count] of needed) numbers.set(year, await takeReferences(tx, organization, year, count));
  return rows.map(({ year }, i) => kept[i] ?? numbers.get(year)!.shift()!);
}
