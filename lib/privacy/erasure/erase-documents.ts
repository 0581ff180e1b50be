import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { auditHitsSql, savedSearchHitsSql } from "./find-mentions";
import type { ErasureScope, Patterns } from "./places";
import { eraseInJson, eraseInString } from "./text-match";

type Tx = Prisma.TransactionClient;
type Json = Parameters<typeof eraseInJson>[0];

// Events are read and rewritten a batch at a time, so an erasure in a long audit trail holds a bounded number in memory.
const BATCH = 500;

/**
 * Replaces the text in the reason and every string value of the audit events that hold it (never in keys:
 * they are field names). Walked in JavaScript: PostgreSQL has no function to rewrite each string of a
 * document, and replacing in the JSON text would reach keys and escaped characters.
 */
export async function eraseInAuditEvents(tx: Tx, scope: ErasureScope, p: Patterns) {
  const erased = { auditEvents: 0, exports: 0 };
  let after = BigInt(0);
  for (;;) {
    const rows = await tx.$queryRaw<{ id: bigint; kind: "audit" | "export"; reason: string | null; changes: Json }[]>`
      SELECT h.id, h.kind, h.reason, h.changes FROM (${auditHitsSql(scope, p)}) h WHERE h.id > ${after} ORDER BY h.id LIMIT ${BATCH}`;
    if (rows.length === 0) return erased;
    const updates = rows.map((row) => ({
      id: row.id.toString(),
      reason: row.reason === null ? null : eraseInString(row.reason, p.text).value,
      changes: row.changes === null ? null : eraseInJson(row.changes, p.text).value,
    }));
    await tx.$executeRaw`UPDATE "AuditEvent" a SET reason = v.reason, changes = v.changes
      FROM jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) AS v(id bigint, reason text, changes jsonb) WHERE a.id = v.id`;
    for (const row of rows) erased[row.kind === "export" ? "exports" : "auditEvents"] += 1;
    after = rows[rows.length - 1].id;
  }
}

/**
 * Deletes the saved searches whose name or text holds the text: a search for "[erased]" finds nothing, and
 * a name is unique per user, so two erased names could collide.
 */
export async function eraseSavedSearches(tx: Tx, scope: ErasureScope, p: Patterns) {
  return tx.$executeRaw`DELETE FROM "SavedFilter" WHERE id IN (SELECT s.id FROM (${savedSearchHitsSql(scope, p)}) s)`;
}
