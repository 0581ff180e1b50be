-- CreateTable
CREATE TABLE "SearchWordMonth" (
    "word" TEXT NOT NULL,
    "month" DATE NOT NULL,

    CONSTRAINT "SearchWordMonth_pkey" PRIMARY KEY ("word","month")
);

-- CreateIndex
CREATE INDEX "SearchWordMonth_word_idx" ON "SearchWordMonth" USING GIN ("word" gin_trgm_ops);

-- Written by hand below.
-- The months of these cases' words, cut at their digits ("msf-2016-0042" gives "msf-" and "-"): a searched
-- word without a digit is within a digit-free run of any word it is part of, and references, positions and
-- dates add no row per case. A searched word with a digit is left out of the months a search spans.
CREATE FUNCTION search_word_months_add(incident_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "SearchWordMonth" ("word", "month")
  SELECT DISTINCT w.word, date_trunc('month', i."occurredAt" AT TIME ZONE 'UTC')::date
  FROM "Incident" i CROSS JOIN LATERAL regexp_split_to_table(i."searchWords", '[\s0-9]+') AS w(word)
  WHERE i.id = ANY (incident_ids) AND w.word <> ''
  -- The same lock order in every transaction, so concurrent writers queue instead of deadlocking.
  ORDER BY 1, 2
  ON CONFLICT DO NOTHING
$$;

CREATE FUNCTION search_word_months_on_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM search_word_months_add(ARRAY(SELECT id FROM new_rows));
  ELSE
    PERFORM search_word_months_add(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n."searchWords", n."occurredAt") IS DISTINCT FROM (o."searchWords", o."occurredAt")));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER search_word_months_insert AFTER INSERT ON "Incident" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_word_months_on_write();
CREATE TRIGGER search_word_months_update AFTER UPDATE ON "Incident" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_word_months_on_write();

SELECT search_word_months_add(ARRAY(SELECT id FROM "Incident"));
