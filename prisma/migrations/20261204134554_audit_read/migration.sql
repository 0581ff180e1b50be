-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'READ';
