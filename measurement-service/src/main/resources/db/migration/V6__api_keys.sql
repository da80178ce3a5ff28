-- Integrations' API keys for ingest. Only the SHA-256 hash of a secret is stored (the secret is
-- shown once, at creation); the hint is its first characters, to tell keys apart in lists.
CREATE TABLE api_key (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                varchar(100) NOT NULL,
    secret_hash         bytea        NOT NULL,
    secret_hint         varchar(16)  NOT NULL,
    scopes              text[]       NOT NULL,
    kpi_prefixes        text[]       NOT NULL DEFAULT '{}',
    requests_per_second integer,
    expires_at          timestamptz,
    created_at          timestamptz  NOT NULL,
    created_by          varchar(200) NOT NULL,
    created_by_name     varchar(200) NOT NULL,
    last_used_at        timestamptz,
    revoked_at          timestamptz,
    revoked_by          varchar(200),
    revoked_by_name     varchar(200),
    CONSTRAINT api_key_secret_hash_uk UNIQUE (secret_hash)
);
