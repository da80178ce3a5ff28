-- Slack webhook URLs and webhook signing secrets are stored encrypted (AES-GCM, see SecretBox):
-- "enc:v1:<key id>:<base64>" is longer than the plain value, so the columns become text. Existing
-- plain values are encrypted by the service at its next start.
ALTER TABLE channel ALTER COLUMN url TYPE text;
ALTER TABLE channel ALTER COLUMN secret TYPE text;
