-- A write's source is now who wrote it: the subject of their credential (a person's token, or
-- "api-key:<id>" for an integration) in the existing column, plus a name to show. Rows written
-- before sign-in existed keep what they had as both.
ALTER TABLE ingest_batch ADD COLUMN source_name varchar(200);
UPDATE ingest_batch SET source_name = source;
ALTER TABLE ingest_batch ALTER COLUMN source_name SET NOT NULL;

ALTER TABLE measurement_deletion ADD COLUMN deleted_by_name varchar(200);
UPDATE measurement_deletion SET deleted_by_name = deleted_by;
ALTER TABLE measurement_deletion ALTER COLUMN deleted_by_name SET NOT NULL;
