-- Written by hand: Prisma's schema cannot say a partial index. A migration of its own, because PostgreSQL
-- does not let the transaction that adds the value READ (20261204134554_audit_read) use it.
--
-- Every opening of a case is now a READ event on it, so a much-read case holds far more reads than
-- changes. The case page's history (lib/data/incidents/revisions.ts, lib/data/timeline/timeline-revisions.ts)
-- and the export's revision columns read only the changes: this index keeps them from stepping over the
-- reads. The full ("incidentId", "createdAt") index stays for the readers of a case, the audit log and the
-- foreign key.
CREATE INDEX "AuditEvent_incidentId_changes_idx" ON "AuditEvent" ("incidentId", "createdAt") WHERE action <> 'READ';
