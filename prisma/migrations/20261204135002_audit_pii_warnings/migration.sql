-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "piiWarnings" JSONB;
