import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { containsPattern } from "@/lib/data/like-pattern";
import { searchWords } from "@/lib/schemas/incident-search";

/** The instants between which every case matching a search lies; null when no case can match. */
export type SearchSpan = { start: Date; end: Date } | null;

/**
 * From the first to the end of the last month (UTC) that hold every word of the search without a digit
 * (SearchWordMonth, kept only ever added to, so never too narrow); undefined when every word has a digit.
 * Read before the search itself: literal bounds let the planner see how many cases lie between them, and
 * a walk from the newest case start at the last of those months (a ship's name is in no recent case).
 */
export async function searchSpan(text: string): Promise<SearchSpan | undefined> {
  const spanned = searchWords(text).filter((word) => !/[0-9]/.test(word));
  if (spanned.length === 0) return undefined;
  const months = Prisma.join(spanned.map((word) =>
    Prisma.sql`SELECT s.month FROM "SearchWordMonth" s WHERE s.word LIKE lower(${containsPattern(word)})`), " INTERSECT ");
  const [{ start, end }] = await db.$queryRaw<{ start: Date | null; end: Date | null }[]>`
    SELECT min(m.month)::timestamp AT TIME ZONE 'UTC' AS start, (max(m.month) + interval '1 month') AT TIME ZONE 'UTC' AS end
    FROM (${months}) m`;
  return start && end ? { start, end } : null;
}
