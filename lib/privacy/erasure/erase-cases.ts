import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { containsPattern } from "@/lib/data/like-pattern";
import { casePlacesSql } from "./find-mentions";
import { CASE_TABLES, caseScopeSql, columnsOf, type ErasureScope, ident, literalRegex, type Patterns, type TextColumn } from "./places";
import { ERASED } from "./text-match";

type Tx = Prisma.TransactionClient;

export type ErasedCase = { id: string; reference: string; organizationId: string; fields: string[]; occurrences: number };

const CHILD_TABLES = CASE_TABLES.filter((table) => table !== "Incident");

function erasedColumns(alias: string, table: TextColumn["table"], p: Patterns) {
  return Prisma.join(columnsOf(table).map(({ column }) => {
    const col = Prisma.raw(`${alias}."${column}"`);
    return Prisma.sql`${ident(column)} = CASE WHEN ${col} ILIKE ${p.plain} THEN regexp_replace(${col}, ${literalRegex(p.text)}, ${ERASED}, 'gi') ELSE ${col} END`;
  }), ", ");
}

const anyColumnHolds = (alias: string, table: TextColumn["table"], p: Patterns) =>
  Prisma.join(columnsOf(table).map(({ column }) => Prisma.sql`${Prisma.raw(`${alias}."${column}"`)} ILIKE ${p.plain}`), " OR ");

/**
 * Replaces the text in every case field that holds it, in the scope, and moves each case it touched to a
 * new version (an editor holding the old one is refused rather than writing the text back). The search
 * columns follow by their triggers.
 */
export async function eraseInCases(tx: Tx, scope: ErasureScope, p: Patterns, adminId: string): Promise<ErasedCase[]> {
  const found = await tx.$queryRaw<ErasedCase[]>`
    SELECT p."incidentId" AS id, i.reference, i."organizationId"::text AS "organizationId",
      array_agg(DISTINCT p.field ORDER BY p.field) AS fields, sum(regexp_count(p.value, ${literalRegex(p.text)}, 1, 'i'))::int AS occurrences
    FROM ${casePlacesSql(scope, p)} GROUP BY p."incidentId", i.reference, i."organizationId" ORDER BY i.reference`;
  if (found.length === 0) return [];
  const ids = found.map((c) => c.id);
  for (const table of CHILD_TABLES) {
    await tx.$executeRaw`UPDATE ${ident(table)} t SET ${erasedColumns("t", table, p)}
      WHERE t."incidentId" = ANY(${ids}::uuid[]) AND (${anyColumnHolds("t", table, p)})`;
  }
  await tx.$executeRaw`UPDATE "Incident" i SET ${erasedColumns("i", "Incident", p)},
      version = i.version + 1, "updatedAt" = now(), "updatedById" = ${adminId}::uuid
    WHERE i.id = ANY(${ids}::uuid[]) AND ${caseScopeSql(scope)}`;
  return found;
}

/**
 * The list's search keeps, per word, the months of the cases that held it (SearchWordMonth, only ever added
 * to): the words of the erased text go, then come back for the cases that still hold them elsewhere. Pieces
 * under three letters stay: they are in many words and name no one.
 */
export async function forgetSearchWords(tx: Tx, text: string) {
  const pieces = [...new Set(text.toLowerCase().split(/[\s0-9]+/u).filter((piece) => piece.length >= 3))];
  for (const piece of pieces) {
    await tx.$executeRaw`DELETE FROM "SearchWordMonth" WHERE word ILIKE ${containsPattern(piece)}`;
    await tx.$executeRaw`SELECT search_word_months_add(ARRAY(SELECT id FROM "Incident" WHERE "searchWords" ILIKE ${containsPattern(piece)}))`;
  }
}
