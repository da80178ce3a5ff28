-- Measurements, the per-period rollups that serve actuals, and the audit of writes and deletions.

CREATE SEQUENCE ingest_batch_seq;

-- One row per write (a request, or a group of coalesced single writes of one source):
-- where the measurements came from and when they arrived.
CREATE TABLE ingest_batch (
    id            bigint        PRIMARY KEY,
    source        varchar(200)  NOT NULL,
    received_at   timestamptz   NOT NULL,
    request_id    varchar(128),
    measurements  integer       NOT NULL CHECK (measurements > 0)
);

-- One row per measurement. The primary key serves the idempotent upsert on the natural key
-- (kpi, time, dimensions) and the range reads of one KPI over time. batch_id has no foreign key
-- on purpose: checking it would cost every ingested row a lookup; the batch row is written in the
-- same transaction.
CREATE TABLE measurement (
    kpi_key     varchar(64)  NOT NULL,
    ts          timestamptz  NOT NULL,
    dimensions  text         NOT NULL DEFAULT '{}',
    value       numeric      NOT NULL,
    batch_id    bigint       NOT NULL,
    PRIMARY KEY (kpi_key, ts, dimensions)
);

-- What the measurements of one KPI, one dimension combination and one period of the KPI's own
-- period type add up to: enough to answer any aggregation (sum, count, avg, min, max, last) of
-- any period without reading its measurements. Maintained in the transaction that writes them.
CREATE TABLE period_rollup (
    kpi_key       varchar(64)  NOT NULL,
    dimensions    text         NOT NULL,
    period_key    varchar(10)  NOT NULL,
    measurements  bigint       NOT NULL CHECK (measurements > 0),
    total         numeric      NOT NULL,
    minimum       numeric      NOT NULL,
    maximum       numeric      NOT NULL,
    first_ts      timestamptz  NOT NULL,
    last_ts       timestamptz  NOT NULL,
    last_value    numeric      NOT NULL,
    PRIMARY KEY (kpi_key, period_key, dimensions)
);

-- The period type and time zone a KPI's rollups were computed for. When the KPI's definition
-- changes either, its rollups are rebuilt from its measurements.
CREATE TABLE rollup_basis (
    kpi_key      varchar(64)  PRIMARY KEY,
    period_type  varchar(16)  NOT NULL,
    time_zone    varchar(64)  NOT NULL
);

CREATE SEQUENCE measurement_deletion_seq;

-- Who removed which measurements, for corrections.
CREATE TABLE measurement_deletion (
    id                 bigint        PRIMARY KEY,
    kpi_key            varchar(64)   NOT NULL,
    from_ts            timestamptz,
    to_ts              timestamptz,
    dimensions_filter  text,
    deleted            bigint        NOT NULL,
    deleted_by         varchar(200)  NOT NULL,
    deleted_at         timestamptz   NOT NULL,
    request_id         varchar(128)
);
