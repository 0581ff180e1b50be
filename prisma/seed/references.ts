import type { PrismaClient } from "@/generated/prisma/client";

export function formatReference(shortName: string, year: number, number: number) {
  return `${shortName}-${year}-${String(number).padStart(4, "0")}`;
}

export function parseReference(reference: string) {
  const match = /^(.+)-(\d{4})-(\d{4,})$/.exec(reference);
  if (!match) throw new Error(`Not an incident reference: ${reference}`);
  return { shortName: match[1], year: Number(match[2]), number: Number(match[3]) };
}

type Db = Pick<PrismaClient, "$executeRaw">;

/** Raises each counter to at least the last number used, so later creates continue the sequence. */
export async function saveReferenceCounters(db: Db, counters: { organizationId: string; year: number; lastNumber: number }[]) {
  if (counters.length === 0) return;
  await db.$executeRaw`
    INSERT INTO "ReferenceCounter" ("organizationId", "year", "lastNumber")
    SELECT * FROM unnest(${counters.map((c) => c.organizationId)}::uuid[], ${counters.map((c) => c.year)}::int[], ${counters.map((c) => c.lastNumber)}::int[])
    ON CONFLICT ("organizationId", "year") DO UPDATE SET "lastNumber" = EXCLUDED."lastNumber"
    WHERE "ReferenceCounter"."lastNumber" < EXCLUDED."lastNumber"`;
}
