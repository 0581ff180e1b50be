-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'ERASE';
