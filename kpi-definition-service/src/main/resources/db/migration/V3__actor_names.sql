-- Who did something is now the credential's subject (in the existing *_by columns) plus a display
-- name. Rows written before sign-in existed keep what they had as both.
ALTER TABLE kpi ADD COLUMN created_by_name varchar(200), ADD COLUMN updated_by_name varchar(200);
UPDATE kpi SET created_by_name = created_by, updated_by_name = updated_by;
ALTER TABLE kpi ALTER COLUMN created_by_name SET NOT NULL, ALTER COLUMN updated_by_name SET NOT NULL;

ALTER TABLE kpi_target ADD COLUMN updated_by_name varchar(200);
UPDATE kpi_target SET updated_by_name = updated_by;
ALTER TABLE kpi_target ALTER COLUMN updated_by_name SET NOT NULL;

ALTER TABLE kpi_change ADD COLUMN changed_by_name varchar(200);
UPDATE kpi_change SET changed_by_name = changed_by;
ALTER TABLE kpi_change ALTER COLUMN changed_by_name SET NOT NULL;

ALTER TABLE kpi_review ADD COLUMN reviewed_by_name varchar(200);
UPDATE kpi_review SET reviewed_by_name = reviewed_by;
ALTER TABLE kpi_review ALTER COLUMN reviewed_by_name SET NOT NULL;

ALTER TABLE objective ADD COLUMN created_by_name varchar(200), ADD COLUMN updated_by_name varchar(200);
UPDATE objective SET created_by_name = created_by, updated_by_name = updated_by;
ALTER TABLE objective ALTER COLUMN created_by_name SET NOT NULL, ALTER COLUMN updated_by_name SET NOT NULL;

ALTER TABLE key_result ADD COLUMN created_by_name varchar(200), ADD COLUMN updated_by_name varchar(200);
UPDATE key_result SET created_by_name = created_by, updated_by_name = updated_by;
ALTER TABLE key_result ALTER COLUMN created_by_name SET NOT NULL, ALTER COLUMN updated_by_name SET NOT NULL;

ALTER TABLE check_in ADD COLUMN checked_in_by_name varchar(200);
UPDATE check_in SET checked_in_by_name = checked_in_by;
ALTER TABLE check_in ALTER COLUMN checked_in_by_name SET NOT NULL;
