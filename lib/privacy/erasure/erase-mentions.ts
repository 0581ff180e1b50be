import "server-only";
import { auditActorFor } from "@/lib/data/admin-scope";
import { recordAudit } from "@/lib/data/audit";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { erasureTextSchema } from "@/lib/schemas/erasure";
import { eraseInCases, forgetSearchWords } from "./erase-cases";
import { eraseInAuditEvents, eraseSavedSearches } from "./erase-documents";
import { mentionsIn } from "./find-mentions";
import { erasureScope, patternsOf } from "./places";

// Generous: an erasure is rare, and reads every case field and audit event three times (to count, to
// erase, to check itself): about 11 s for 50,000 cases and 200,000 audit events on two busy cores.
const TRANSACTION = { maxWait: 10_000, timeout: 300_000 };

export type ErasureResult = { occurrences: number; cases: number; auditEvents: number; exports: number; savedSearches: number };

/**
 * Erases a text (any case; % and _ literal) from every place findMentions finds it, in the administrator's
 * scope, and records the erasure: one ERASE event with the counts and the cases, never the text (only its
 * length), and one on each case for its history. One transaction for it all: the record always matches what
 * was erased, and a failure half-way leaves everything as it was, to be run again. It ends by searching
 * again and rolls back if anything is left.
 */
export async function eraseMentions(admin: SessionUser, rawText: unknown): Promise<ErasureResult> {
  const text = erasureTextSchema.parse(rawText);
  const scope = await erasureScope(admin);
  const p = patternsOf(text);
  return db.$transaction(async (tx) => {
    const cases = await eraseInCases(tx, scope, p, admin.id);
    const { auditEvents, exports } = await eraseInAuditEvents(tx, scope, p);
    const savedSearches = await eraseSavedSearches(tx, scope, p);
    await forgetSearchWords(tx, text);

    const left = await mentionsIn(tx, scope, text);
    const remaining = left.case.total + left.audit.total + left.export.total + left.savedSearch.total;
    if (remaining > 0) throw new Error(`Erasure rolled back: ${remaining} places still hold the text after replacing it`);

    const occurrences = cases.reduce((sum, c) => sum + c.occurrences, 0);
    const result = { occurrences, cases: cases.length, auditEvents, exports, savedSearches };
    const summary = await recordAudit(tx, {
      actor: auditActorFor(admin, null), action: "ERASE", entityType: "Erasure",
      changes: { textLength: text.length, ...result, references: cases.map((c) => c.reference), incidentIds: cases.map((c) => c.id) },
    });
    for (const c of cases) {
      await recordAudit(tx, {
        actor: auditActorFor(admin, c.organizationId), action: "ERASE", entityType: "Incident", entityId: c.id, incidentId: c.id,
        changes: { fields: c.fields, occurrences: c.occurrences, erasure: summary.id.toString() },
      });
    }
    return result;
  }, TRANSACTION);
}
