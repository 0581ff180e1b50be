-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "boys" INTEGER,
ADD COLUMN     "departedAt" TIMESTAMPTZ(3),
ADD COLUMN     "departurePlace" TEXT,
ADD COLUMN     "girls" INTEGER,
ADD COLUMN     "men" INTEGER,
ADD COLUMN     "sexAgeUnknown" INTEGER;

-- CreateTable
CREATE TABLE "IncidentNationality" (
    "incidentId" UUID NOT NULL,
    "country" CHAR(2) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "IncidentNationality_pkey" PRIMARY KEY ("incidentId","country")
);

-- AddForeignKey
ALTER TABLE "IncidentNationality" ADD CONSTRAINT "IncidentNationality_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;
