-- CreateEnum
CREATE TYPE "Role" AS ENUM ('FIELD', 'COORDINATOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "IncidentStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'VERIFIED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "VesselKind" AS ENUM ('RESCUE_SHIP', 'RHIB', 'AIRCRAFT', 'COAST_GUARD', 'MERCHANT', 'OTHER');

-- CreateEnum
CREATE TYPE "BoatType" AS ENUM ('INFLATABLE', 'WOODEN', 'FIBREGLASS', 'FISHING', 'OTHER');

-- CreateEnum
CREATE TYPE "BoatCondition" AS ENUM ('SINKING', 'TAKING_WATER', 'CAPSIZED', 'ADRIFT', 'ENGINE_FAILURE', 'OVERCROWDED', 'OTHER');

-- CreateEnum
CREATE TYPE "CauseOfDeath" AS ENUM ('DROWNING', 'SUFFOCATION', 'FUEL_BURNS', 'HYPOTHERMIA', 'DEHYDRATION', 'TRAUMA', 'VIOLENCE', 'SICKNESS', 'UNKNOWN', 'OTHER');

-- CreateEnum
CREATE TYPE "InjuryType" AS ENUM ('FUEL_BURN', 'HYPOTHERMIA', 'DEHYDRATION', 'TRAUMA', 'DROWNING_RELATED', 'OTHER');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('MINOR', 'SERIOUS', 'CRITICAL');

-- CreateEnum
CREATE TYPE "EvacuationMeans" AS ENUM ('HELICOPTER', 'BOAT', 'OTHER');

-- CreateEnum
CREATE TYPE "PartnerRole" AS ENUM ('BODY_RECOVERY', 'MEDICAL_CARE', 'TRANSFER', 'SPOTTING', 'COORDINATION', 'OTHER');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'UPDATE', 'STATUS_CHANGE', 'DELETE', 'SIGN_IN', 'SIGN_IN_FAILED', 'LOCK', 'EXPORT', 'IMPORT');

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "country" TEXT,
    "isPlatformOperator" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "organizationId" UUID NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "tokenVersion" INTEGER NOT NULL DEFAULT 0,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMPTZ(3),
    "lastSignInAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vessel" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "kind" "VesselKind" NOT NULL,
    "flagState" TEXT,
    "imo" TEXT,
    "mmsi" TEXT,
    "callSign" TEXT,
    "organizationId" UUID,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Vessel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "reference" TEXT NOT NULL,
    "organizationId" UUID NOT NULL,
    "status" "IncidentStatus" NOT NULL DEFAULT 'DRAFT',
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "positionText" TEXT,
    "distanceToCoastNm" DOUBLE PRECISION,
    "nearestCountry" TEXT,
    "sarRegions" TEXT[],
    "region" TEXT,
    "route" TEXT,
    "vesselId" UUID,
    "boatType" "BoatType",
    "boatConditions" "BoatCondition"[],
    "personsOnBoard" INTEGER,
    "rescued" INTEGER,
    "dead" INTEGER,
    "missing" INTEGER,
    "causesOfDeath" "CauseOfDeath"[],
    "children" INTEGER,
    "unaccompaniedMinors" INTEGER,
    "women" INTEGER,
    "pregnantWomen" INTEGER,
    "infants" INTEGER,
    "coordinatingAuthority" TEXT,
    "disembarkationPort" TEXT,
    "seaState" TEXT,
    "narrative" TEXT,
    "source" TEXT,
    "sourceQuality" INTEGER,
    "externalId" TEXT,
    "sourceDataset" TEXT,
    "createdById" UUID,
    "updatedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Injury" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "incidentId" UUID NOT NULL,
    "type" "InjuryType" NOT NULL,
    "severity" "Severity" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "Injury_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evacuation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "incidentId" UUID NOT NULL,
    "count" INTEGER NOT NULL,
    "means" "EvacuationMeans" NOT NULL,
    "destination" TEXT,
    "evacuatedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Evacuation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentPartner" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "incidentId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "role" "PartnerRole" NOT NULL,

    CONSTRAINT "IncidentPartner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferenceCounter" (
    "organizationId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "lastNumber" INTEGER NOT NULL,

    CONSTRAINT "ReferenceCounter_pkey" PRIMARY KEY ("organizationId","year")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "actorId" UUID,
    "organizationId" UUID,
    "action" "AuditAction" NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "incidentId" UUID,
    "changes" JSONB,
    "reason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_name_key" ON "Organization"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_shortName_key" ON "Organization"("shortName");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_organizationId_idx" ON "User"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Vessel_imo_key" ON "Vessel"("imo");

-- CreateIndex
CREATE UNIQUE INDEX "Vessel_mmsi_key" ON "Vessel"("mmsi");

-- CreateIndex
CREATE UNIQUE INDEX "Vessel_name_organizationId_key" ON "Vessel"("name", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Incident_reference_key" ON "Incident"("reference");

-- CreateIndex
CREATE INDEX "Incident_organizationId_occurredAt_idx" ON "Incident"("organizationId", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "Incident_occurredAt_idx" ON "Incident"("occurredAt" DESC);

-- CreateIndex
CREATE INDEX "Incident_vesselId_occurredAt_idx" ON "Incident"("vesselId", "occurredAt");

-- CreateIndex
CREATE INDEX "Incident_status_occurredAt_idx" ON "Incident"("status", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "Incident_sourceDataset_externalId_key" ON "Incident"("sourceDataset", "externalId");

-- CreateIndex
CREATE INDEX "Injury_incidentId_idx" ON "Injury"("incidentId");

-- CreateIndex
CREATE INDEX "Evacuation_incidentId_idx" ON "Evacuation"("incidentId");

-- CreateIndex
CREATE INDEX "IncidentPartner_organizationId_incidentId_idx" ON "IncidentPartner"("organizationId", "incidentId");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentPartner_incidentId_organizationId_role_key" ON "IncidentPartner"("incidentId", "organizationId", "role");

-- CreateIndex
CREATE INDEX "AuditEvent_incidentId_createdAt_idx" ON "AuditEvent"("incidentId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vessel" ADD CONSTRAINT "Vessel_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_vesselId_fkey" FOREIGN KEY ("vesselId") REFERENCES "Vessel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Injury" ADD CONSTRAINT "Injury_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evacuation" ADD CONSTRAINT "Evacuation_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentPartner" ADD CONSTRAINT "IncidentPartner_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentPartner" ADD CONSTRAINT "IncidentPartner_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferenceCounter" ADD CONSTRAINT "ReferenceCounter_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;
