-- The list's search matches one column, "searchWords": the distinct words of the search document and the
-- narrative, lower-cased, so that each word typed is one LIKE over some 200 characters instead of two
-- ILIKEs over the document (repeated names of every timeline event) and the narrative: a quarter of the
-- time per case walked. A word typed has no space, so matching it within distinct whitespace-separated
-- words finds exactly what matching it within the texts did. Best match still ranks by "searchText".

-- DropIndex
DROP INDEX "Incident_narrative_idx";

-- DropIndex
DROP INDEX "Incident_searchText_idx";

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "searchWords" TEXT NOT NULL DEFAULT '';

-- Written by hand below.
CREATE FUNCTION incident_search_words(document text, narrative text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT COALESCE(string_agg(DISTINCT word, ' '), '')
  FROM regexp_split_to_table(lower(concat_ws(' ', document, narrative)), '\s+') AS word WHERE word <> ''
$$;

CREATE OR REPLACE FUNCTION incident_search_on_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := incident_search_document(NEW);
  NEW."searchWords" := incident_search_words(NEW."searchText", NEW.narrative);
  RETURN NEW;
END $$;

-- Nothing counted and no document changes: neither the rollup nor the document is refreshed for the backfill.
ALTER TABLE "Incident" DISABLE TRIGGER incident_rollup_update;
ALTER TABLE "Incident" DISABLE TRIGGER period_rollup_update;
ALTER TABLE "Incident" DISABLE TRIGGER incident_search_write;
UPDATE "Incident" SET "searchWords" = incident_search_words("searchText", narrative);
ALTER TABLE "Incident" ENABLE TRIGGER incident_search_write;
ALTER TABLE "Incident" ENABLE TRIGGER period_rollup_update;
ALTER TABLE "Incident" ENABLE TRIGGER incident_rollup_update;

-- CreateIndex
CREATE INDEX "Incident_searchWords_idx" ON "Incident" USING GIN ("searchWords" gin_trgm_ops);
