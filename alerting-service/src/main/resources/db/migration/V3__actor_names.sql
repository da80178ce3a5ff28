-- Who did something is now the credential's subject (in the existing *_by columns) plus a display
-- name. Rows written before sign-in existed keep what they had as both.
ALTER TABLE alert ADD COLUMN acknowledged_by_name varchar(200);
UPDATE alert SET acknowledged_by_name = acknowledged_by;

ALTER TABLE silence ADD COLUMN created_by_name varchar(200);
UPDATE silence SET created_by_name = created_by;
ALTER TABLE silence ALTER COLUMN created_by_name SET NOT NULL;

ALTER TABLE channel ADD COLUMN created_by_name varchar(200);
UPDATE channel SET created_by_name = created_by;
ALTER TABLE channel ALTER COLUMN created_by_name SET NOT NULL;

ALTER TABLE subscription ADD COLUMN created_by_name varchar(200);
UPDATE subscription SET created_by_name = created_by;
ALTER TABLE subscription ALTER COLUMN created_by_name SET NOT NULL;

ALTER TABLE owner_notification_opt_out ADD COLUMN changed_by_name varchar(200);
UPDATE owner_notification_opt_out SET changed_by_name = changed_by;
ALTER TABLE owner_notification_opt_out ALTER COLUMN changed_by_name SET NOT NULL;
