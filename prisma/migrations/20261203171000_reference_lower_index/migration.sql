-- Written by hand: Prisma's schema cannot say an index on an expression.
--
-- The list's "Best match" puts the case whose reference was typed in full first, whatever its case and
-- its age (lib/data/incidents/find-incidents.ts): this finds it without reading the cases.
CREATE INDEX "Incident_reference_lower_idx" ON "Incident" (lower(reference));
