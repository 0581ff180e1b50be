-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AuditAction" ADD VALUE 'RESTORE';
ALTER TYPE "AuditAction" ADD VALUE 'PURGE';

-- CreateTable
CREATE TABLE "PrivacySettings" (
    "organizationId" UUID NOT NULL,
    "restoreDays" INTEGER NOT NULL,
    "suppressionThreshold" INTEGER NOT NULL,
    "positionRoundingDegrees" DOUBLE PRECISION NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PrivacySettings_pkey" PRIMARY KEY ("organizationId")
);

-- AddForeignKey
ALTER TABLE "PrivacySettings" ADD CONSTRAINT "PrivacySettings_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand. Defence in depth for the bounds lib/schemas/privacy-settings.ts checks (Prisma's diff
-- ignores CHECK constraints, so they cause no drift).
ALTER TABLE "PrivacySettings"
    ADD CONSTRAINT "PrivacySettings_restoreDays_check" CHECK ("restoreDays" BETWEEN 7 AND 365),
    ADD CONSTRAINT "PrivacySettings_suppressionThreshold_check" CHECK ("suppressionThreshold" BETWEEN 3 AND 20),
    ADD CONSTRAINT "PrivacySettings_positionRoundingDegrees_check" CHECK ("positionRoundingDegrees" IN (0.01, 0.05, 0.1, 0.25, 0.5, 1));

-- The deleted cases: an organization's list of them, and the purge's walk over every one (few rows: only
-- the cases deleted and not yet purged).
CREATE INDEX "Incident_deleted_idx" ON "Incident" ("organizationId", "deletedAt") WHERE "deletedAt" IS NOT NULL;
