-- CreateEnum
CREATE TYPE "TimelineEventType" AS ENUM ('ALERT_RECEIVED', 'FIRST_SIGHTING', 'ON_SCENE', 'RESCUE_STARTED', 'RESCUE_COMPLETED', 'PERSONS_TAKEN_ABOARD', 'BODIES_RECOVERED', 'CALLED_AWAY', 'RETURNED', 'MEDICAL_EVACUATION', 'TRANSFER_TO_VESSEL', 'INTERCEPTION_OBSERVED', 'POS_REQUESTED', 'POS_ASSIGNED', 'DISEMBARKATION', 'CASE_CLOSED', 'OTHER');

-- CreateEnum
CREATE TYPE "AlertSource" AS ENUM ('HOTLINE', 'MRCC', 'AIRCRAFT', 'MERCHANT_VESSEL', 'OWN_LOOKOUT', 'OTHER');

-- CreateEnum
CREATE TYPE "IncidentPhase" AS ENUM ('OPEN', 'ON_SCENE', 'AWAITING_POS', 'DISEMBARKED', 'CLOSED');

-- CreateEnum
CREATE TYPE "IncidentOutcome" AS ENUM ('RESCUED_BY_THIS_ORGANIZATION', 'RESCUED_BY_OTHER_NGO', 'RESCUED_BY_COAST_GUARD_OR_NAVY', 'RESCUED_BY_MERCHANT_VESSEL', 'INTERCEPTED_RETURNED_LIBYA', 'INTERCEPTED_RETURNED_TUNISIA', 'INTERCEPTED_RETURNED_OTHER', 'ARRIVED_ON_ITS_OWN', 'SHIPWRECK_NO_RESCUE', 'BOAT_NOT_FOUND', 'UNKNOWN');

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "outcome" "IncidentOutcome",
ADD COLUMN     "phase" "IncidentPhase" NOT NULL DEFAULT 'OPEN',
ADD COLUMN     "phaseSetByHand" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "TimelineEvent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "incidentId" UUID NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "type" "TimelineEventType" NOT NULL,
    "alertSource" "AlertSource",
    "count" INTEGER,
    "port" TEXT,
    "positionText" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "vesselId" UUID,
    "organizationId" UUID,
    "authority" TEXT,
    "linkedIncidentId" UUID,
    "evacuationId" UUID,
    "note" TEXT,
    "createdById" UUID,
    "updatedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TimelineEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TimelineEvent_incidentId_occurredAt_idx" ON "TimelineEvent"("incidentId", "occurredAt");

-- CreateIndex
CREATE INDEX "TimelineEvent_linkedIncidentId_idx" ON "TimelineEvent"("linkedIncidentId");

-- CreateIndex
CREATE INDEX "TimelineEvent_evacuationId_idx" ON "TimelineEvent"("evacuationId");

-- AddForeignKey
ALTER TABLE "TimelineEvent" ADD CONSTRAINT "TimelineEvent_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEvent" ADD CONSTRAINT "TimelineEvent_vesselId_fkey" FOREIGN KEY ("vesselId") REFERENCES "Vessel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEvent" ADD CONSTRAINT "TimelineEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEvent" ADD CONSTRAINT "TimelineEvent_linkedIncidentId_fkey" FOREIGN KEY ("linkedIncidentId") REFERENCES "Incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEvent" ADD CONSTRAINT "TimelineEvent_evacuationId_fkey" FOREIGN KEY ("evacuationId") REFERENCES "Evacuation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEvent" ADD CONSTRAINT "TimelineEvent_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEvent" ADD CONSTRAINT "TimelineEvent_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Defence in depth, as for the incident (20261124212500_incident_checks): counts stay whole and positive,
-- positions on the globe. Written by hand: Prisma's diff ignores CHECK constraints.
ALTER TABLE "TimelineEvent"
    ADD CONSTRAINT "TimelineEvent_count_check" CHECK ("count" >= 1),
    ADD CONSTRAINT "TimelineEvent_latitude_check" CHECK ("latitude" BETWEEN -90 AND 90),
    ADD CONSTRAINT "TimelineEvent_longitude_check" CHECK ("longitude" BETWEEN -180 AND 180);
